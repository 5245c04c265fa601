package org.standpoint.store;

import java.util.List;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/** Small helpers for reading quads; the graphs' names are {@link org.standpoint.iri.Iris}'s. */
public final class Graphs {
    private Graphs() {
    }

    /** The objects of {@code s p ?o} in graph {@code g} ({@code Node.ANY} for every graph). */
    static List<Node> objects(DatasetGraph dsg, Node g, Node s, Node p) {
        return Iter.iter(dsg.find(g, s, p, Node.ANY)).map(Quad::getObject).toList();
    }

    static Node node(String iri) {
        return NodeFactory.createURI(iri);
    }
}
