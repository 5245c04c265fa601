package org.standpoint.serve.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.standpoint.rdf.FOAF;
import org.standpoint.rdf.ORG;
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

    String render(Subject actor, List<Roles.Role> roles, List<Position> positions) {
        String name = actor.text(RDFS.label).orElse(new Ref(actor.iri(), null).label());
        StringBuilder b = new StringBuilder();
        b.append("<p class=\"sub\">").append(Html.esc(kind(actor)));
        actor.text(SCHEMA.honorificPrefix).ifPresent(h -> b.append(" · title: ").append(Html.esc(h)));
        b.append("</p>");
        List<String> aliases = actor.texts(SKOS.altLabel);
        if (!aliases.isEmpty())
            b.append("<p><b>Also written as:</b> ").append(Html.esc(String.join(" · ", aliases))).append("</p>");
        for (Ref principal : actor.refs(STP.speaksFor))
            b.append("<p><b>Speaks for:</b> ").append(Html.link(paths, principal)).append("</p>");
        links(b, actor, name);
        roles(b, roles);
        positions(b, actor.iri(), positions);
        return Html.page(name, actor.iri(), b.toString());
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
        b.append("<table><tr><th>role</th><th>institution</th><th>seen</th><th>status</th><th>stated in</th></tr>");
        for (Roles.Role r : roles) {
            String seen = r.firstSeen() == null ? "undated"
                    : r.firstSeen().equals(r.lastSeen()) ? r.firstSeen() : r.firstSeen() + " – " + r.lastSeen();
            b.append("<tr><td>").append(Html.esc(r.role())).append("</td><td>").append(Html.link(paths, r.organisation()))
             .append("</td><td>").append(Html.esc(seen)).append("</td><td>").append(r.current() ? "current" : "former")
             .append("</td><td>");
            List<String> articles = r.articles().stream().map(a -> Html.link(paths, a)).toList();
            b.append(String.join("<br>", articles)).append("</td></tr>");
        }
        b.append("</table>");
    }

    private void positions(StringBuilder b, String actorIri, List<Position> positions) {
        b.append("<h2>Positions</h2>");
        if (positions.isEmpty()) {
            b.append("<p>No statement by or for this actor.</p>");
            return;
        }
        Map<String, List<Position>> byIssue = new LinkedHashMap<>();
        for (Position p : positions) byIssue.computeIfAbsent(p.issue().iri(), k -> new ArrayList<>()).add(p);
        for (List<Position> onIssue : byIssue.values()) {
            b.append("<h3>On ").append(Html.link(paths, onIssue.get(0).issue())).append("</h3>");
            for (Stance stance : Stance.values()) {
                List<Position> these = onIssue.stream().filter(p -> p.stance() == stance).toList();
                if (these.isEmpty()) continue;
                b.append("<p><span class=\"badge ").append(stance.css()).append("\">").append(Html.esc(stance.verb))
                 .append("</span> ").append(these.size()).append(these.size() == 1 ? " statement" : " statements").append("</p>");
                for (Position p : these) quote(b, actorIri, p);
            }
        }
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
