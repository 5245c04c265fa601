package org.standpoint.link;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.standpoint.rdf.WD;

/**
 * Confidence that a candidate item is an actor, from additive evidence. A name alone stays below any sensible
 * threshold: namesakes are the rule (several Lord Harrises, two Stephen Houses, a Labour Party per country), so a
 * link needs context from the articles to agree: roles, parties, employers, memberships, dates, country, or, for an
 * organisation, the items its already linked members point to.
 */
final class Scorer {
    static final double LABEL = 0.45;
    static final double ALIAS = 0.4;
    static final double ONLY_ONE = 0.15;
    static final double FIRST_ROLE = 0.25;
    static final double MORE_ROLE = 0.1;
    static final double MAX_ROLES = 0.45;
    static final double DATE_FITS = 0.1;
    static final double DATE_CONFLICT = -0.15;
    static final double PEERAGE = 0.1;
    static final double COUNTRY = 0.1;
    static final double WRONG_COUNTRY = -0.2;
    static final double FIRST_MEMBER = 0.3;
    static final double MORE_MEMBER = 0.05;
    static final double NOT_ALIVE = -0.4;

    private static final Set<String> AFFILIATIONS = Set.of(WD.PARTY, WD.MEMBER_OF, WD.EMPLOYER, WD.POSITION_HELD);
    private static final Set<String> PEER_HONORIFICS = Set.of("lord", "baroness", "lady", "baron", "viscount", "earl");
    private static final Set<String> PEERAGE_WORDS = Set.of("baron", "baroness", "lord", "lady", "viscount", "earl", "countess");

    private final LinkSettings settings;

    Scorer(LinkSettings settings) {
        this.settings = settings;
    }

    /** Whether the candidate is the right kind of thing at all; others are not candidates. */
    static boolean typeAgrees(ActorContext actor, Candidate c) {
        return c.types().contains(actor.kind() == Kind.PERSON ? WD.HUMAN : WD.ORGANIZATION);
    }

    /**
     * @param rivals        how many candidates of the right type the actor has (this one included)
     * @param linkedMembers accepted items of the actor's members (for organisations)
     */
    Scored score(ActorContext actor, Candidate c, int rivals, List<Candidate> linkedMembers) {
        List<String> why = new ArrayList<>();
        double s = name(actor, c, why);
        why.add(actor.kind() == Kind.PERSON ? "human (" + WD.HUMAN + ")" : "organisation (" + WD.ORGANIZATION + ")");
        if (rivals == 1) {
            s += ONLY_ONE;
            why.add("the only " + (actor.kind() == Kind.PERSON ? "person" : "organisation") + " with this name");
        }
        s += peerage(actor, c, why);
        s += roles(actor, c, why);
        s += alive(actor, c, why);
        s += country(c, why);
        s += members(c, linkedMembers, why);
        double confidence = Math.round(Math.max(0, Math.min(1, s)) * 100) / 100.0;
        return new Scored(c, confidence, why);
    }

    private static double name(ActorContext actor, Candidate c, List<String> why) {
        List<String> forms = new ArrayList<>(actor.lookupForms());
        if (forms.isEmpty()) forms.add(actor.label());
        for (String form : forms) {
            for (String l : c.labels()) {
                if (Tokens.normal(l).equals(Tokens.normal(form))) {
                    why.add("name '" + form + "' is the Wikidata label");
                    return LABEL;
                }
            }
        }
        for (String form : forms) {
            for (String a : c.aliases()) {
                if (Tokens.normal(a).equals(Tokens.normal(form))) {
                    why.add("name '" + form + "' is a Wikidata alias");
                    return ALIAS;
                }
            }
        }
        why.add("name matched");
        return ALIAS;
    }

    /** Peers are addressed as Lord or Baroness and labelled "Baron ... of ..." on Wikidata. */
    private static double peerage(ActorContext actor, Candidate c, List<String> why) {
        boolean addressedAsPeer = actor.honorific() != null
                && PEER_HONORIFICS.contains(actor.honorific().toLowerCase(Locale.ROOT));
        for (String f : actor.lookupForms()) {
            String first = f.split(" ")[0].toLowerCase(Locale.ROOT);
            if (PEER_HONORIFICS.contains(first)) addressedAsPeer = true;
        }
        if (!addressedAsPeer) return 0;
        Set<String> words = new HashSet<>();
        c.labels().forEach(l -> words.addAll(Tokens.of(l)));
        c.aliases().forEach(l -> words.addAll(Tokens.of(l)));
        words.retainAll(PEERAGE_WORDS);
        if (words.isEmpty()) return 0;
        why.add("peerage title agrees with the honorific");
        return PEERAGE;
    }

    private static double roles(ActorContext actor, Candidate c, List<String> why) {
        double bonus = 0;
        double dates = 0;
        int hits = 0;
        Set<Claim> used = new HashSet<>();
        for (RoleContext r : actor.roles()) {
            for (Claim claim : c.claims()) {
                if (used.contains(claim)) continue;
                String phrase = matchedPhrase(r, claim);
                if (phrase == null) continue;
                String label = Tokens.containing(claim.labels(), phrase);
                String fact = claim.property() + " " + claim.value() + " '" + label + "'" + span(claim);
                if (r.date() != null && (claim.start() != null || claim.end() != null)) {
                    boolean fits = r.current() ? Dates.within(r.date(), claim.start(), claim.end())
                            : claim.start() == null || Dates.notBefore(r.date(), claim.start());
                    if (!fits) {
                        used.add(claim);
                        dates += DATE_CONFLICT;
                        why.add("'" + phrase + "' ~ " + fact + ", but not at the article date " + r.date());
                        continue;
                    }
                    dates += DATE_FITS;
                    fact += " at " + r.date();
                }
                used.add(claim);
                bonus += hits++ == 0 ? FIRST_ROLE : MORE_ROLE;
                why.add("'" + phrase + "' ~ " + fact);
            }
        }
        return Math.min(bonus, MAX_ROLES) + Math.max(Math.min(dates, 0.15), -0.3);
    }

    /** The article's words that a claim's value labels contain: the role for positions, the organisation for the rest. */
    private static String matchedPhrase(RoleContext r, Claim claim) {
        if (claim.property().equals(WD.POSITION_HELD) && r.role() != null
                && Tokens.containing(claim.labels(), r.role()) != null) return r.role();
        if (r.organisation() != null && Tokens.containing(claim.labels(), r.organisation()) != null) return r.organisation();
        return null;
    }

    private static String span(Claim claim) {
        if (claim.start() == null && claim.end() == null) return "";
        return " (" + (claim.start() == null ? "" : claim.start()) + "–" + (claim.end() == null ? "" : claim.end()) + ")";
    }

    /** A person born after an article, or dead before it, did not speak in it. */
    private static double alive(ActorContext actor, Candidate c, List<String> why) {
        if (actor.kind() != Kind.PERSON || actor.dates().isEmpty()) return 0;
        String first = actor.dates().get(0);
        String last = actor.dates().get(actor.dates().size() - 1);
        if (c.born() != null && !Dates.notBefore(last, c.born())) {
            why.add("born " + c.born() + ", after the article of " + last);
            return NOT_ALIVE;
        }
        if (c.died() != null && !Dates.notAfter(first, c.died())) {
            why.add("died " + c.died() + ", before the article of " + first);
            return NOT_ALIVE;
        }
        return 0;
    }

    private double country(Candidate c, List<String> why) {
        if (settings.countries().isEmpty() || c.countries().isEmpty()) return 0;
        for (String q : c.countries()) {
            if (settings.countries().contains(q)) {
                why.add("country " + q);
                return COUNTRY;
            }
        }
        why.add("country " + String.join(",", c.countries()) + ", not " + String.join(",", settings.countries()));
        return WRONG_COUNTRY;
    }

    /** An organisation is the party, body or employer its members' own items name. */
    private static double members(Candidate c, List<Candidate> linkedMembers, List<String> why) {
        double s = 0;
        int hits = 0;
        for (Candidate m : linkedMembers) {
            if (!m.values(AFFILIATIONS).contains(c.qid())) continue;
            s += hits++ == 0 ? FIRST_MEMBER : MORE_MEMBER;
            String name = m.labels().isEmpty() ? m.qid() : m.labels().iterator().next();
            why.add("member " + name + " (" + m.qid() + ") names it as party, body or employer");
        }
        return Math.min(s, 0.4);
    }
}
