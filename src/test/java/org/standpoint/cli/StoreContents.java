package org.standpoint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.standpoint.iri.Iris;
import org.standpoint.store.Store;

/** A store's quads as comparable strings, for tests that check two stores (or a store before and after) are the same. */
final class StoreContents {
    private StoreContents() {
    }

    /** Every quad but the vocabulary's, which is reloaded with fresh blank nodes on every load. */
    static Set<String> quads(Store store) {
        Set<String> all = quads(store, null);
        all.removeIf(q -> q.startsWith("[" + store.iris().vocabGraph() + " "));
        return all;
    }

    /**
     * The quads that name no issue concept. Which article names a shared issue concept depends on load order
     * (docs/issues.md), so tests of order independence compare actors and statements without them, and without the
     * positions graph, whose positions are per issue.
     */
    static Set<String> withoutIssueConcepts(Set<String> quads, String base) {
        Set<String> out = new TreeSet<>(quads);
        out.removeIf(q -> q.contains(base + "issue/") || q.startsWith("[" + new Iris(base).positionsGraph() + " "));
        return out;
    }

    /** Two sets of quads are the same; a failure shows only the difference. */
    static void assertSame(Set<String> expected, Set<String> actual) {
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        Set<String> extra = new TreeSet<>(actual);
        extra.removeAll(expected);
        assertEquals("", (missing.isEmpty() ? "" : "missing " + missing) + (extra.isEmpty() ? "" : " extra " + extra));
    }

    static Set<String> quads(Store store, String graph) {
        return Txn.calculateRead(store.dataset(), () -> {
            Set<String> out = new TreeSet<>();
            var g = graph == null ? Node.ANY : NodeFactory.createURI(graph);
            store.dataset().asDatasetGraph().find(g, Node.ANY, Node.ANY,
                    Node.ANY).forEachRemaining((Quad q) -> out.add(q.toString()));
            return out;
        });
    }
}
