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
 * stance with their evidence, and the way out to Wikidata and DBpedia.
 */
final class ActorPage {
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
        StringBuilder b = new StringBuilder();
        b.append("<p class=\"sub\">").append(Html.esc(kind(actor)));
        actor.text(SCHEMA.honorificPrefix).ifPresent(h -> b.append(" · title: ").append(Html.esc(h)));
        b.append("</p>");
        List<String> aliases = actor.texts(SKOS.altLabel);
        List<String> names = aliases.stream().filter(ActorPage::isName).toList();
        Map<String, String> descriptions = new LinkedHashMap<>();
        for (String a : aliases) if (!isName(a)) descriptions.putIfAbsent(a.toLowerCase(Locale.ROOT), a);
        if (!names.isEmpty())
            b.append("<p><b>Also written as:</b> ").append(Html.esc(String.join(" · ", names))).append("</p>");
        if (!descriptions.isEmpty())
            b.append("<p><b>Described as:</b> ").append(Html.esc(String.join(" · ", descriptions.values()))).append("</p>");
        for (Ref principal : actor.refs(STP.speaksFor))
            b.append("<p><b>Speaks for:</b> ").append(Html.link(paths, principal)).append("</p>");
        // an unnamed group ("at a cost", "ministers") or a document ("a memo") has no entry to search for
        if (!actor.is(STP.UnnamedGroup) && !actor.is(SCHEMA.CreativeWork)) links(b, actor, name);
        if (!roles.isEmpty() || members.isEmpty()) roles(b, roles);
        members(b, members);
        positions(b, actor.iri(), held, heldInAll, byPosition(quotes));
        voiced(b, actor.iri(), voiced, byPosition(voicedQuotes));
        articles(b, mentions);
        return Html.page(name, actor.iri(), b.toString());
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

    private void members(StringBuilder b, List<Roles.Member> members) {
        if (members.isEmpty()) return;
        b.append("<h2>Members</h2>");
        if (members.size() == Roles.PAGE) {
            b.append("<p class=\"meta\">The ").append(Roles.PAGE).append(" memberships stated in the most articles.</p>");
        }
        b.append("<table><tr><th>who</th><th>role</th><th>seen</th><th>status</th><th>stated in</th></tr>");
        for (Roles.Member m : members) {
            Roles.Role r = m.role();
            b.append("<tr><td>").append(Html.link(paths, m.member())).append("</td><td>").append(Html.esc(r.role()))
             .append("</td><td class=\"date\">").append(Html.esc(seen(r))).append("</td><td>").append(r.current() ? "current" : "former")
             .append("</td><td>");
            if (r.articles() > 1) b.append(r.articles()).append(" articles, the latest ");
            b.append(Html.link(paths, r.latest())).append("</td></tr>");
        }
        b.append("</table>");
    }

    private void articles(StringBuilder b, Mentions.Page mentions) {
        if (mentions.newest().isEmpty()) return;
        b.append("<h2>Articles</h2>");
        if (mentions.all() > mentions.newest().size()) {
            b.append("<p class=\"meta\">The ").append(mentions.newest().size()).append(" newest of ")
             .append(mentions.all()).append(" articles.</p>");
        }
        b.append("<ul class=\"articles\">");
        for (Mentions.Article a : mentions.newest()) {
            b.append("<li>").append(Html.link(paths, a.article()));
            if (a.date() != null) b.append(" <span class=\"meta\">").append(Html.esc(a.date())).append("</span>");
            b.append("</li>");
        }
        b.append("</ul>");
    }

    private static String seen(Roles.Role r) {
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
    private void links(StringBuilder b, Subject actor, String name) {
        List<Ref> same = actor.refs(OWL.sameAs);
        List<String> out = new ArrayList<>();
        same.stream().filter(r -> KnowledgeBases.isWikidata(r.iri()))
            .forEach(r -> out.add(Html.link(r.iri(), "Wikidata " + r.label())));
        same.stream().filter(r -> KnowledgeBases.isDbpedia(r.iri()))
            .forEach(r -> out.add(Html.link(r.iri(), "DBpedia " + r.label())));
        if (same.stream().noneMatch(r -> KnowledgeBases.isWikidata(r.iri())))
            out.add(Html.link(KnowledgeBases.wikidataSearch(name), "search Wikidata"));
        if (same.stream().noneMatch(r -> KnowledgeBases.isDbpedia(r.iri())))
            out.add(Html.link(KnowledgeBases.dbpediaGuess(name), "DBpedia (by name, unlinked)"));
        b.append("<p><b>Elsewhere:</b> ").append(String.join(" · ", out)).append("</p>");
    }

    private void roles(StringBuilder b, List<Roles.Role> roles) {
        b.append("<h2>Roles</h2>");
        if (roles.isEmpty()) {
            b.append("<p>No role stated in the articles.</p>");
            return;
        }
        if (roles.size() == Roles.PAGE) {
            b.append("<p class=\"meta\">The ").append(Roles.PAGE).append(" roles stated in the most articles.</p>");
        }
        b.append("<table><tr><th>role</th><th>institution</th><th>seen</th><th>status</th><th>stated in</th></tr>");
        for (Roles.Role r : roles) {
            b.append("<tr><td>").append(Html.esc(r.role())).append("</td><td>").append(Html.link(paths, r.organisation()))
             .append("</td><td class=\"date\">").append(Html.esc(seen(r))).append("</td><td>").append(r.current() ? "current" : "former")
             .append("</td><td>");
            if (r.articles() > 1) b.append(r.articles()).append(" articles, the latest ");
            b.append(Html.link(paths, r.latest())).append("</td></tr>");
        }
        b.append("</table>");
    }

    private void positions(StringBuilder b, String actorIri, List<Standing> held, int heldInAll,
                           Map<String, List<Position>> quotes) {
        b.append("<h2>Positions</h2>");
        if (held.isEmpty()) {
            b.append("<p>No position of its own in the articles.</p>");
            return;
        }
        if (heldInAll > held.size()) {
            b.append("<p class=\"meta\">The ").append(held.size()).append(" positions with the most statements, of ")
             .append(heldInAll).append("; the saved query <i>Where an actor stands, issue by issue</i> pages through all.</p>");
        }
        Map<String, List<Standing>> byIssue = new LinkedHashMap<>();
        for (Standing s : held) byIssue.computeIfAbsent(s.issue().iri(), k -> new ArrayList<>()).add(s);
        for (List<Standing> onIssue : byIssue.values()) {
            b.append("<h3>On ").append(Html.link(paths, onIssue.get(0).issue())).append("</h3>");
            for (Stance stance : Stance.values()) {
                for (Standing s : onIssue) {
                    if (s.stance() != stance) continue;
                    b.append("<p>").append(badge(s)).append(' ').append(evidenceLink(s)).append("</p>");
                    for (Position p : quotes.getOrDefault(s.key(), List.of())) quote(b, actorIri, p);
                }
            }
        }
    }

    private void voiced(StringBuilder b, String actorIri, List<Standing> voiced, Map<String, List<Position>> quotes) {
        if (voiced.isEmpty()) return;
        b.append("<h2>Spoke for others</h2>");
        for (Standing s : voiced) {
            b.append("<p>").append(Html.link(paths, s.holder())).append(' ').append(badge(s)).append(" on ")
             .append(Html.link(paths, s.issue())).append(" · ").append(evidenceLink(s)).append("</p>");
            for (Position p : quotes.getOrDefault(s.key(), List.of()).stream().limit(Positions.FEW).toList())
                quote(b, actorIri, p);
        }
    }

    private static String badge(Standing s) {
        return "<span class=\"badge " + s.stance().css() + "\">" + Html.esc(s.stance().verb) + "</span>";
    }

    /** The position's count, linking to its page of newest statements. */
    private String evidenceLink(Standing s) {
        return Html.link(paths.href(s.position().iri()), s.statements() + (s.statements() == 1 ? " statement" : " statements"));
    }

    private static Map<String, List<Position>> byPosition(List<Position> quotes) {
        Map<String, List<Position>> by = new LinkedHashMap<>();
        for (Position p : quotes) by.computeIfAbsent(Standing.key(p.holder(), p.issue(), p.stance()), k -> new ArrayList<>()).add(p);
        return by;
    }

    private void quote(StringBuilder b, String actorIri, Position p) {
        b.append("<blockquote class=\"").append(p.stance().css()).append("\">");
        b.append(p.evidence() == null ? "<mark>" + Html.esc(p.quote()) + "</mark>" : p.evidence().html(null));
        b.append("<div class=\"meta\">");
        if (!p.holder().iri().equals(actorIri)) b.append("for ").append(Html.link(paths, p.holder())).append(" · ");
        if (!p.speaker().iri().equals(actorIri)) b.append("said by ").append(Html.link(paths, p.speaker())).append(" · ");
        if (p.capacity() != null) b.append("as ").append(Html.esc(p.capacity())).append(" · ");
        if (p.mode() != null) b.append(Html.esc(p.mode())).append(" · ");
        b.append(Html.esc(p.dateOrUnknown())).append(" · ").append(Html.link(paths, p.article()))
         .append(" · ");
        if (p.contentSpan() != null) b.append(Html.link(paths.href(p.contentSpan()), "in context")).append(" · ");
        b.append(Html.link(paths.href(p.statement().iri()), "statement")).append("</div></blockquote>");
    }
}
