package org.standpoint.store;

import static org.standpoint.store.Graphs.objects;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.standpoint.rdf.SCHEMA;
import org.standpoint.rdf.STP;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * When each membership (a role in an institution) was seen: in how many articles, the first and last date, the latest
 * article and whether it called the role current. A membership is stated by every article that names it, so an actor
 * page that read the sightings themselves would read thousands for a popular person; it reads these few triples.
 *
 * <p>Derived data in the positions graph, on the membership's own IRI with its own predicates (the member and the
 * organisation too, as {@code stp:sightedMember} and {@code stp:sightedOrganization}, so that an actor's summaries
 * are found without reading every article that states them, and dropped with the actor). Kept in step by every
 * article write, in the same transaction; rebuilt whole after an import.
 */
final class RoleSightings {
    private static final Node MEMBER = ORG.member.asNode();

    /** One membership's sightings as they accumulate: articles, date range, the latest and its "current". */
    private static final class Tally {
        int articles;
        Node member;
        Node organization;
        Node first;
        Node last;
        Node latest;
        String latestDate = "";
        boolean current;

        /** @param date the article's schema:datePublished, null when it has none (then it counts as oldest) */
        void add(Node member, Node organization, Node article, Node date, boolean current) {
            this.member = member;
            this.organization = organization;
            articles++;
            String d = date == null ? "" : date.getLiteralLexicalForm();
            if (date != null && (first == null || d.compareTo(first.getLiteralLexicalForm()) < 0)) first = date;
            if (date != null && (last == null || d.compareTo(last.getLiteralLexicalForm()) > 0)) last = date;
            if (latest == null || d.compareTo(latestDate) > 0
                    || (d.equals(latestDate) && article.getURI().compareTo(latest.getURI()) > 0)) {
                latest = article;
                latestDate = d;
                this.current = current;
            }
        }
    }

    private final Node graph;

    RoleSightings(Node graph) {
        this.graph = graph;
    }

    /** The memberships one graph states: call before replacing it and after. */
    Set<Node> in(DatasetGraph dsg, Node articleGraph) {
        Set<Node> memberships = new HashSet<>();
        dsg.find(articleGraph, Node.ANY, MEMBER, Node.ANY).forEachRemaining(q -> memberships.add(q.getSubject()));
        return memberships;
    }

    /**
     * Every membership of these actors, as member or as organisation, stated or summarised: after a correction renamed
     * them (the membership's IRI names both, so a merged organisation's memberships get new IRIs and the old summaries
     * must go).
     */
    Set<Node> of(DatasetGraph dsg, Collection<Node> actors) {
        Set<Node> memberships = new HashSet<>();
        for (Node a : actors) {
            for (Node p : List.of(MEMBER, ORG.organization.asNode(), STP.sightedMember.asNode(), STP.sightedOrganization.asNode())) {
                dsg.find(Node.ANY, Node.ANY, p, a).forEachRemaining(q -> memberships.add(q.getSubject()));
            }
        }
        return memberships;
    }

    /** Recomputes these memberships' summaries from the articles that state them now; none left, no summary. */
    void refresh(DatasetGraph dsg, Set<Node> memberships) {
        for (Node m : memberships) {
            dsg.deleteAny(graph, m, Node.ANY, Node.ANY);
            Tally t = new Tally();
            for (Quad q : Iter.toList(dsg.find(Node.ANY, m, MEMBER, Node.ANY))) sight(dsg, q, t);
            write(dsg, m, t);
        }
    }

    /**
     * After an article graph was written where there was none: its memberships' summaries take one more sighting,
     * without reading the articles that stated them before (a popular person's role is stated in thousands).
     */
    void add(DatasetGraph dsg, Node articleGraph) {
        for (Quad q : Iter.toList(dsg.find(articleGraph, Node.ANY, MEMBER, Node.ANY))) {
            Node m = q.getSubject();
            Tally t = stored(dsg, m);
            if (t == null) {
                refresh(dsg, Set.of(m));
                continue;
            }
            sight(dsg, q, t);
            dsg.deleteAny(graph, m, Node.ANY, Node.ANY);
            write(dsg, m, t);
        }
    }

    /** The summary stored for the membership, as the tally it was written from; null when there is none. */
    private Tally stored(DatasetGraph dsg, Node m) {
        List<Node> count = objects(dsg, graph, m, STP.sightingCount.asNode());
        if (count.isEmpty()) return null;
        Tally t = new Tally();
        t.articles = Integer.parseInt(count.get(0).getLiteralLexicalForm());
        t.member = first(objects(dsg, graph, m, STP.sightedMember.asNode()));
        t.organization = first(objects(dsg, graph, m, STP.sightedOrganization.asNode()));
        t.first = first(objects(dsg, graph, m, STP.firstSeen.asNode()));
        t.last = first(objects(dsg, graph, m, STP.lastSeen.asNode()));
        t.latest = first(objects(dsg, graph, m, STP.lastSighting.asNode()));
        // the latest sighting is the one with the greatest date, so its date is the last seen ("" when all undated)
        t.latestDate = t.last == null ? "" : t.last.getLiteralLexicalForm();
        Node current = first(objects(dsg, graph, m, STP.lastSeenCurrent.asNode()));
        t.current = current == null || Boolean.parseBoolean(current.getLiteralLexicalForm());
        return t;
    }

    private static Node first(List<Node> nodes) {
        return nodes.isEmpty() ? null : nodes.get(0);
    }

    /** Drops every summary and computes them again in one pass over the memberships: after a bulk import. */
    void rebuild(DatasetGraph dsg) {
        for (Quad q : Iter.toList(dsg.find(graph, Node.ANY, STP.sightingCount.asNode(), Node.ANY))) {
            dsg.deleteAny(graph, q.getSubject(), Node.ANY, Node.ANY);
        }
        Map<Node, Tally> all = new HashMap<>();
        Iterator<Quad> members = dsg.find(Node.ANY, Node.ANY, MEMBER, Node.ANY);
        try {
            while (members.hasNext()) {
                Quad q = members.next();
                sight(dsg, q, all.computeIfAbsent(q.getSubject(), k -> new Tally()));
            }
        } finally {
            Iter.close(members);
        }
        all.forEach((m, t) -> write(dsg, m, t));
    }

    /** One article graph's statement of a membership, {@code m org:member actor}. */
    private static void sight(DatasetGraph dsg, Quad memberQuad, Tally t) {
        Node g = memberQuad.getGraph();
        Node m = memberQuad.getSubject();
        Node current = first(objects(dsg, g, m, STP.current.asNode()));
        boolean isCurrent = current == null || !"false".equals(current.getLiteralLexicalForm());
        Node organization = first(objects(dsg, g, m, ORG.organization.asNode()));
        for (Quad a : Iter.toList(dsg.find(g, Node.ANY, RDF.type.asNode(), SCHEMA.NewsArticle.asNode()))) {
            Node article = a.getSubject();
            t.add(memberQuad.getObject(), organization, article,
                    first(objects(dsg, g, article, SCHEMA.datePublished.asNode())), isCurrent);
        }
    }

    private void write(DatasetGraph dsg, Node m, Tally t) {
        if (t.articles == 0) return;
        dsg.add(graph, m, STP.sightedMember.asNode(), t.member);
        if (t.organization != null) dsg.add(graph, m, STP.sightedOrganization.asNode(), t.organization);
        dsg.add(graph, m, STP.sightingCount.asNode(),
                NodeFactory.createLiteralDT(String.valueOf(t.articles), XSDDatatype.XSDinteger));
        dsg.add(graph, m, STP.lastSighting.asNode(), t.latest);
        dsg.add(graph, m, STP.lastSeenCurrent.asNode(),
                NodeFactory.createLiteralDT(String.valueOf(t.current), XSDDatatype.XSDboolean));
        if (t.first != null) dsg.add(graph, m, STP.firstSeen.asNode(), t.first);
        if (t.last != null) dsg.add(graph, m, STP.lastSeen.asNode(), t.last);
    }

}
