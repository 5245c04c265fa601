package org.standpoint.serve.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.standpoint.rdf.SCHEMA;
import org.standpoint.rdf.STP;
import org.standpoint.resolve.KnowledgeBases;

/**
 * A person, organisation, office, group or document that speaks: names, roles over time, positions by issue and
 * stance with their evidence, and the way out to Wikidata and DBpedia ({@code actor.jte}).
 */
final class ActorPage {
    /** What {@code actor.jte} shows. {@code elsewhere} is null for an actor with no entry to look for. */
    record View(String iri, String name, String kind, String title, List<String> names, List<String> descriptions,
                List<Ref> speaksFor, List<Link> elsewhere, List<Roles.Role> roles, List<Roles.Member> members,
                List<OnIssue> onIssues, int heldShown, int heldInAll, List<Held> voiced, Mentions.Page mentions) {
    }

    record Link(String href, String text) {
    }

    /** A position with the statements shown under it. */
    record Held(Standing standing, List<Position> quotes) {
    }

    /** The actor's positions on one issue, in stance order. */
    record OnIssue(Ref issue, List<Held> held) {
    }

    private final LocalPaths paths;

    ActorPage(LocalPaths paths) {
        this.paths = paths;
    }

    /**
     * @param held the actor's positions as {@link Standings#heldBy} lists them, {@code heldInAll} of them in all
     * @param quotes the statements shown beside them ({@link Positions#ofActorPage})
     * @param voiced positions of others the actor spoke for, with {@code voicedQuotes} ({@link Positions#voicedOnActorPage})
     * @param members for an organisation, who held which role in it ({@link Roles#members})
     */
    String render(Subject actor, List<Roles.Role> roles, List<Roles.Member> members, Mentions.Page mentions,
                  List<Standing> held, int heldInAll, List<Position> quotes, List<Standing> voiced, List<Position> voicedQuotes) {
        String name = actor.text(RDFS.label).orElse(new Ref(actor.iri(), null).label());
        List<String> aliases = actor.texts(SKOS.altLabel);
        Map<String, String> descriptions = new LinkedHashMap<>();
        for (String a : aliases) if (!isName(a)) descriptions.putIfAbsent(a.toLowerCase(Locale.ROOT), a);
        // an unnamed group ("at a cost", "ministers") or a document ("a memo") has no entry to search for
        List<Link> elsewhere = actor.is(STP.UnnamedGroup) || actor.is(SCHEMA.CreativeWork) ? null : links(actor, name);
        Map<String, List<Position>> quotesByPosition = byPosition(quotes);
        Map<String, List<Position>> voicedByPosition = byPosition(voicedQuotes);
        View v = new View(actor.iri(), name, kind(actor), actor.text(SCHEMA.honorificPrefix).orElse(null),
                aliases.stream().filter(ActorPage::isName).toList(), List.copyOf(descriptions.values()),
                actor.refs(STP.speaksFor), elsewhere, roles, members, byIssue(held, quotesByPosition), held.size(), heldInAll,
                voiced.stream().map(s -> new Held(s, voicedByPosition.getOrDefault(s.key(), List.of()).stream()
                        .limit(Positions.FEW).toList())).toList(), mentions);
        return Templates.render("actor", Map.of("v", v, "paths", paths));
    }

    /**
     * An alias is a name unless it reads as a description: it opens with an article or possessive ("the former chair
     * of the Met Police Authority", "his office") or has no capital at all ("the mayor").
     */
    static boolean isName(String alias) {
        String first = alias.strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
        return !DESCRIPTION_OPENERS.contains(first) && !alias.equals(alias.toLowerCase(Locale.ROOT));
    }

    private static final Set<String> DESCRIPTION_OPENERS =
            Set.of("the", "a", "an", "this", "that", "his", "her", "its", "their", "our", "my", "your");

    static String seen(Roles.Role r) {
        return r.firstSeen() == null ? "undated"
                : r.firstSeen().equals(r.lastSeen()) ? r.firstSeen() : r.firstSeen() + " – " + r.lastSeen();
    }

    private static String kind(Subject actor) {
        if (actor.is(STP.Office)) return "Office";
        if (actor.is(FOAF.Person)) return "Person";
        if (actor.is(STP.UnnamedGroup)) return "Unnamed group";
        if (actor.is(ORG.Organization)) return "Organisation";
        if (actor.is(SCHEMA.CreativeWork)) return "Document";
        return "Actor";
    }

    /** Links made by {@code link} when there are any; otherwise a search by name, marked as such. */
    private static List<Link> links(Subject actor, String name) {
        List<Ref> same = actor.refs(OWL.sameAs);
        List<Link> out = new ArrayList<>();
        same.stream().filter(r -> KnowledgeBases.isWikidata(r.iri())).forEach(r -> out.add(new Link(r.iri(), "Wikidata " + r.label())));
        same.stream().filter(r -> KnowledgeBases.isDbpedia(r.iri())).forEach(r -> out.add(new Link(r.iri(), "DBpedia " + r.label())));
        if (same.stream().noneMatch(r -> KnowledgeBases.isWikidata(r.iri())))
            out.add(new Link(KnowledgeBases.wikidataSearch(name), "search Wikidata"));
        if (same.stream().noneMatch(r -> KnowledgeBases.isDbpedia(r.iri())))
            out.add(new Link(KnowledgeBases.dbpediaGuess(name), "DBpedia (by name, unlinked)"));
        return out;
    }

    /** Positions grouped by issue (in the order of their biggest), each issue's in stance order, with their quotes. */
    private static List<OnIssue> byIssue(List<Standing> held, Map<String, List<Position>> quotes) {
        Map<String, List<Standing>> byIssue = new LinkedHashMap<>();
        for (Standing s : held) byIssue.computeIfAbsent(s.issue().iri(), k -> new ArrayList<>()).add(s);
        List<OnIssue> out = new ArrayList<>();
        for (List<Standing> onIssue : byIssue.values()) {
            List<Held> shown = new ArrayList<>();
            for (Stance stance : Stance.values()) {
                for (Standing s : onIssue) {
                    if (s.stance() == stance) shown.add(new Held(s, quotes.getOrDefault(s.key(), List.of())));
                }
            }
            out.add(new OnIssue(onIssue.get(0).issue(), shown));
        }
        return out;
    }

    private static Map<String, List<Position>> byPosition(List<Position> quotes) {
        Map<String, List<Position>> by = new LinkedHashMap<>();
        for (Position p : quotes) by.computeIfAbsent(Standing.key(p.holder(), p.issue(), p.stance()), k -> new ArrayList<>()).add(p);
        return by;
    }
}
