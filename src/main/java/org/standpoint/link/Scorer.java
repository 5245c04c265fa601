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
    static final double DESCRIPTION_FITS = 0.15;
    static final double DESCRIPTION_NEAR = 0.05;
    static final double DESCRIPTION_MISFITS = -0.15;
    static final double DESCRIPTION_BETTER = 0.1;
    /** Cosines of MiniLM embeddings: on topic from {@code FITS}, related from {@code NEAR}, unrelated below {@code MISFITS}. */
    static final double FITS = 0.4;
    static final double NEAR = 0.25;
    static final double MISFITS = 0.1;
    static final double CLEARLY_BETTER = 0.1;
    static final double ARTICLE_COUNTRY = 0.05;
    static final double NOT_ARTICLE_COUNTRY = -0.2;
    static final double FIRST_NEIGHBOUR = 0.2;
    static final double NAMES_NEIGHBOUR = 0.1;
    static final double OTHER_BEARER = -0.2;
    static final double MORE_NEIGHBOUR = 0.05;
    static final double MAX_NEIGHBOURS = 0.3;
    static final double WELL_KNOWN = 0.05;
    static final int WELL_KNOWN_SITELINKS = 10;

    private static final Set<String> AFFILIATIONS = Set.of(WD.PARTY, WD.MEMBER_OF, WD.EMPLOYER, WD.POSITION_HELD);
    private static final Set<String> PEER_HONORIFICS = Set.of("lord", "baroness", "lady", "baron", "viscount", "earl");
    private static final Set<String> PEERAGE_WORDS = Set.of("baron", "baroness", "lord", "lady", "viscount", "earl", "countess");

    private final LinkSettings settings;
    private final DescriptionFit fit = new DescriptionFit();

    Scorer(LinkSettings settings) {
        this.settings = settings;
    }

    /** Whether the candidate is the right kind of thing at all; others are not candidates. */
    static boolean typeAgrees(ActorContext actor, Candidate c) {
        return c.types().contains(actor.kind() == Kind.PERSON ? WD.HUMAN : WD.ORGANIZATION);
    }

    /**
     * Scores every candidate of the right type. The bonus for being the only one goes to a sole candidate, or to the
     * only one that the articles do not speak against (its context evidence, without the name and the popularity
     * prior, is not negative) when they also say something for it beyond the country: a namesake of another country
     * or century does not make the right item ambiguous, but being of the article's country alone does not make a
     * namesake the right item.
     *
     * @param typed         the actor's candidates of the right type
     * @param linkedMembers accepted items of the actor's members (for organisations)
     * @param around        what the links made so far say about the actor's articles
     */
    List<Scored> scoreAll(ActorContext actor, List<Candidate> typed, List<Candidate> linkedMembers, Neighbours around) {
        List<Part> parts = new ArrayList<>();
        for (Candidate c : typed) parts.add(part(actor, c, typed, linkedMembers, around));
        List<Part> plausible = parts.stream().filter(p -> p.context >= -1e-9).toList();
        String kind = actor.kind() == Kind.PERSON ? "person" : "organisation";
        List<Scored> out = new ArrayList<>();
        for (Part p : parts) {
            double s = p.name + p.context + p.prior;
            if (parts.size() == 1) {
                s += ONLY_ONE;
                p.why.add("the only " + kind + " with this name");
            } else if (plausible.size() == 1 && plausible.get(0) == p && p.context > ARTICLE_COUNTRY + 1e-9) {
                s += ONLY_ONE;
                p.why.add("the only " + kind + " of this name that the articles do not speak against");
            }
            double confidence = Math.round(Math.max(0, Math.min(1, s)) * 100) / 100.0;
            out.add(new Scored(p.candidate, confidence, Math.round(s * 100) / 100.0, p.why));
        }
        return out;
    }

    /** One candidate's evidence in three sums: its name, what the articles say, and the popularity prior. */
    private record Part(Candidate candidate, double name, double context, double prior, List<String> why) {
    }

    private Part part(ActorContext actor, Candidate c, List<Candidate> typed, List<Candidate> linkedMembers, Neighbours around) {
        List<String> why = new ArrayList<>();
        List<Candidate> rivals = typed.stream().filter(r -> !r.qid().equals(c.qid())).toList();
        double name = name(actor, c, why);
        why.add(actor.kind() == Kind.PERSON ? "human (" + WD.HUMAN + ")" : "organisation (" + WD.ORGANIZATION + ")");
        double s = peerage(actor, c, why);
        s += roles(actor, c, why);
        s += alive(actor, c, why);
        s += country(c, why);
        s += members(c, linkedMembers, why);
        Set<Evidence> on = settings.evidence();
        if (on.contains(Evidence.DESCRIPTION)) s += description(actor, c, rivals, why);
        if (on.contains(Evidence.ARTICLE_COUNTRY) && settings.countries().isEmpty()) s += articleCountry(c, rivals, around, why);
        if (on.contains(Evidence.CO_OCCURRENCE)) s += neighbours(actor, c, linkedMembers, around, why);
        double prior = on.contains(Evidence.POPULARITY) ? popularity(c, rivals, why) : 0;
        return new Part(c, name, s, prior, why);
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

    /**
     * The description against the sentences naming the actor: on topic counts for it, unrelated against it, and a
     * clearly better fit than every rival's counts once more (context that separates namesakes).
     */
    private double description(ActorContext actor, Candidate c, List<Candidate> rivals, List<String> why) {
        double f = fit.of(actor, c);
        if (Double.isNaN(f)) return 0;
        double s = 0;
        String said = String.format(Locale.ROOT, "%.2f", f);
        if (f >= FITS) {
            s += DESCRIPTION_FITS;
            why.add("description '" + c.description() + "' fits the articles (" + said + ")");
        } else if (f >= NEAR) {
            s += DESCRIPTION_NEAR;
            why.add("description '" + c.description() + "' is near the articles (" + said + ")");
        } else if (f < MISFITS) {
            s += DESCRIPTION_MISFITS;
            why.add("description '" + c.description() + "' does not fit the articles (" + said + ")");
        } else {
            why.add("description '" + c.description() + "' neither fits nor contradicts the articles (" + said + ")");
        }
        double best = Double.NEGATIVE_INFINITY;
        for (Candidate r : rivals) {
            double rf = fit.of(actor, r);
            if (!Double.isNaN(rf)) best = Math.max(best, rf);
        }
        if (best > Double.NEGATIVE_INFINITY && f >= NEAR && f - best >= CLEARLY_BETTER) {
            s += DESCRIPTION_BETTER;
            why.add(String.format(Locale.ROOT, "fits better than the other candidates (%.2f, next %.2f)", f, best));
        }
        return s;
    }

    /**
     * The country the articles' other linked items share: for it when the item is of that country; against it only
     * when a rival is (an international body based elsewhere, alone under its name, is not penalised).
     */
    private static double articleCountry(Candidate c, List<Candidate> rivals, Neighbours around, List<String> why) {
        if (around.countries().isEmpty() || c.countries().isEmpty()) return 0;
        String where = String.join(",", around.countries());
        if (c.countries().stream().anyMatch(around.countries()::contains)) {
            why.add("country " + where + ", as the items linked in its articles");
            return ARTICLE_COUNTRY;
        }
        boolean rivalFits = rivals.stream().anyMatch(r -> r.countries().stream().anyMatch(around.countries()::contains));
        if (!rivalFits) return 0;
        why.add("country " + String.join(",", c.countries()) + ", the items linked in its articles are " + where);
        return NOT_ARTICLE_COUNTRY;
    }

    /**
     * Items linked in the same articles that name it as party, body or employer (a Liberty director's Liberty), or,
     * weaker, that it names so (a candidate's party in the article: every namesake in that party would have it too).
     */
    private static double neighbours(ActorContext actor, Candidate c, List<Candidate> linkedMembers, Neighbours around,
                                     List<String> why) {
        Set<String> counted = new HashSet<>();
        linkedMembers.forEach(m -> counted.add(m.qid()));
        Set<String> mine = c.values(AFFILIATIONS);
        double named = 0;
        double names = 0;
        for (Candidate n : around.items().values()) {
            if (n.qid().equals(c.qid()) || counted.contains(n.qid())) continue;
            String post = postNamedAfter(n, c);
            if (n.values(AFFILIATIONS).contains(c.qid())) {
                named += named == 0 ? FIRST_NEIGHBOUR : MORE_NEIGHBOUR;
                why.add(n.name() + " (" + n.qid() + "), linked in the same article, names it as party, body or employer");
            } else if (post != null) {
                named += named == 0 ? FIRST_NEIGHBOUR : MORE_NEIGHBOUR;
                why.add(n.name() + " (" + n.qid() + "), linked in the same article, holds '" + post + "'");
            } else if (mine.contains(n.qid())) {
                names += names == 0 ? NAMES_NEIGHBOUR : MORE_NEIGHBOUR;
                why.add("it names " + n.name() + " (" + n.qid() + "), linked in the same article, as party, body or employer");
            }
        }
        return Math.min(named + names, MAX_NEIGHBOURS) + otherBearer(actor, c, around, why);
    }

    /**
     * An item linked in the same article belongs to another body that bears the actor's name (Eleanor Scott's party is
     * the Scottish Green Party, so her article's "Green Party" is not England and Wales's): against.
     */
    private static double otherBearer(ActorContext actor, Candidate c, Neighbours around, List<String> why) {
        if (actor.kind() != Kind.ORGANISATION) return 0;
        for (Candidate n : around.items().values()) {
            for (Claim claim : n.claims()) {
                if (claim.property().equals(WD.POSITION_HELD) || claim.value().equals(c.qid())) continue;
                if (!AFFILIATIONS.contains(claim.property())) continue;
                String bearer = Tokens.containing(claim.labels(), actor.label());
                if (bearer == null) continue;
                why.add(n.name() + " (" + n.qid() + "), linked in the same article, belongs to " + bearer + " ("
                        + claim.value() + "), which also answers to this name");
                return OTHER_BEARER;
            }
        }
        return 0;
    }

    /**
     * A position of the neighbour's named after the candidate ("member of the House of Lords"), or null. Names of one
     * word are not enough: "Parliament" is in every member of parliament's post, whichever parliament it is.
     */
    private static String postNamedAfter(Candidate neighbour, Candidate c) {
        for (Claim claim : neighbour.claims()) {
            if (!claim.property().equals(WD.POSITION_HELD)) continue;
            for (String label : c.labels()) {
                if (Tokens.of(label).size() < 2) continue;
                String post = Tokens.containing(claim.labels(), label);
                if (post != null) return post;
            }
        }
        return null;
    }

    /** A small prior for the best-known item: it tips nothing by itself (less than the margin). */
    private static double popularity(Candidate c, List<Candidate> rivals, List<String> why) {
        int most = rivals.stream().mapToInt(Candidate::sitelinks).max().orElse(0);
        if (c.sitelinks() < WELL_KNOWN_SITELINKS || c.sitelinks() < 2 * most) return 0;
        why.add(c.sitelinks() + " sitelinks" + (rivals.isEmpty() ? "" : ", the best known of its name"));
        return WELL_KNOWN;
    }

    /** An organisation is the party, body or employer its members' own items name, or the one their posts are named after. */
    private static double members(Candidate c, List<Candidate> linkedMembers, List<String> why) {
        double s = 0;
        int hits = 0;
        for (Candidate m : linkedMembers) {
            String post = postNamedAfter(m, c);
            if (m.values(AFFILIATIONS).contains(c.qid())) {
                why.add("member " + m.name() + " (" + m.qid() + ") names it as party, body or employer");
            } else if (post != null) {
                why.add("member " + m.name() + " (" + m.qid() + ") holds '" + post + "'");
            } else {
                continue;
            }
            s += hits++ == 0 ? FIRST_MEMBER : MORE_MEMBER;
        }
        return Math.min(s, 0.4);
    }
}
