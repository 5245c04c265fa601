package org.standpoint.store;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.standpoint.rdf.STP;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Per issue and stance, the {@value #SIZE} positions with the most statements ({@code stp:PositionRanking}), in the
 * positions graph. The most discussed issue of a 100,000-article archive has some 9,000 positions; an issue page that
 * sorted them all on every request would cost a tenth of a second before it showed a row. The top of a ranking
 * changes rarely (only when a position at or near the top gains or loses statements), so a write re-ranks an issue
 * and stance only then, and the page reads at most {@value #SIZE} rows per stance. The top {@value #SIZE} of an
 * issue with its narrower ones is among the union of their rankings, so the page stays exact for them too.
 */
final class PositionRanking {
    /** Positions kept per ranking: the first pages of an issue page. */
    static final int SIZE = 100;

    /** One ranking's subject: an issue and a stance. */
    record Of(Node issue, Node stance) {
    }

    private record Entry(Node position, int count) {
    }

    private static final Comparator<Entry> ORDER = Comparator.comparingInt(Entry::count).reversed()
            .thenComparing(e -> e.position().getURI());

    private final Node graph;
    private final String base;

    PositionRanking(String base, Node graph) {
        this.base = base;
        this.graph = graph;
    }

    /**
     * After the positions of {@code positions} (IRIs, whether they still exist or not) were recomputed: re-ranks each
     * of their issue and stance pairs whose top they may have changed.
     */
    void update(DatasetGraph dsg, Map<Of, List<Node>> positionsByRanking) {
        positionsByRanking.forEach((of, positions) -> {
            Node issue = of.issue();
            Node stance = of.stance();
            Node ranking = iri(issue, stance);
            List<Node> ranked = objects(dsg, ranking, STP.rankedPosition.asNode());
            int floor = ranked.stream().mapToInt(p -> count(dsg, p)).min().orElse(0);
            boolean stale = ranked.size() < SIZE
                    || positions.stream().anyMatch(p -> ranked.contains(p) || count(dsg, p) >= floor);
            if (stale) rank(dsg, issue, stance);
        });
    }

    /**
     * After the positions {@code grown} gained statements and lost none (a new article): a ranked one only moved up,
     * so the ranking holds; one outside it enters when it now beats the last, which leaves. No other position is read.
     */
    void grew(DatasetGraph dsg, Map<Of, List<Node>> grown) {
        grown.forEach((of, positions) -> {
            Node ranking = iri(of.issue(), of.stance());
            List<Entry> ranked = new ArrayList<>();
            for (Node p : objects(dsg, ranking, STP.rankedPosition.asNode())) ranked.add(new Entry(p, count(dsg, p)));
            boolean changed = false;
            for (Node p : positions) {
                if (ranked.stream().anyMatch(e -> e.position().equals(p))) continue;
                Entry candidate = new Entry(p, count(dsg, p));
                Entry last = ranked.stream().max(ORDER).orElse(null);
                if (ranked.size() >= SIZE && ORDER.compare(candidate, last) > 0) continue;
                if (ranked.size() >= SIZE) ranked.remove(last);
                ranked.add(candidate);
                changed = true;
            }
            if (changed) write(dsg, of.issue(), of.stance(), ranked);
        });
    }

    /** Every ranking again, from the positions now stored: after a rebuild of the positions. */
    void rebuild(DatasetGraph dsg) {
        Map<List<Node>, List<Entry>> all = new HashMap<>();
        for (Quad q : Iter.toList(dsg.find(graph, Node.ANY, STP.positionIssue.asNode(), Node.ANY))) {
            Node p = q.getSubject();
            for (Node stance : objects(dsg, p, STP.positionStance.asNode())) {
                all.computeIfAbsent(List.of(q.getObject(), stance), k -> new ArrayList<>()).add(new Entry(p, count(dsg, p)));
            }
        }
        all.forEach((k, entries) -> write(dsg, k.get(0), k.get(1), entries));
    }

    private void rank(DatasetGraph dsg, Node issue, Node stance) {
        List<Entry> entries = new ArrayList<>();
        for (Quad q : Iter.toList(dsg.find(graph, Node.ANY, STP.positionIssue.asNode(), issue))) {
            Node p = q.getSubject();
            if (dsg.contains(graph, p, STP.positionStance.asNode(), stance)) entries.add(new Entry(p, count(dsg, p)));
        }
        write(dsg, issue, stance, entries);
    }

    private void write(DatasetGraph dsg, Node issue, Node stance, Collection<Entry> entries) {
        Node ranking = iri(issue, stance);
        dsg.deleteAny(graph, ranking, Node.ANY, Node.ANY);
        if (entries.isEmpty()) return;
        dsg.add(graph, ranking, RDF.type.asNode(), STP.PositionRanking.asNode());
        dsg.add(graph, ranking, STP.rankingIssue.asNode(), issue);
        dsg.add(graph, ranking, STP.rankingStance.asNode(), stance);
        entries.stream().sorted(ORDER).limit(SIZE).forEach(e -> dsg.add(graph, ranking, STP.rankedPosition.asNode(), e.position()));
    }

    private Node iri(Node issue, Node stance) {
        return NodeFactory.createURI(base + "ranking/" + PositionIndex.path(base, issue) + "/" + stance.getLocalName());
    }

    private int count(DatasetGraph dsg, Node position) {
        List<Node> n = objects(dsg, position, STP.statementCount.asNode());
        return n.isEmpty() ? 0 : Integer.parseInt(n.get(0).getLiteralLexicalForm());
    }

    private List<Node> objects(DatasetGraph dsg, Node s, Node p) {
        return Graphs.objects(dsg, graph, s, p);
    }
}
