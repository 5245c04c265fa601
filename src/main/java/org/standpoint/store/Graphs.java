package org.standpoint.store;

import java.util.List;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * The named graphs of a Standpoint store (docs/data-model.md, "Named graphs"). Kept in one place so the loader,
 * the server and the queries cannot drift apart on a path segment.
 */
public final class Graphs {
    /** Data IRIs live under this base unless configured otherwise. */
    public static final String DEFAULT_BASE = "https://w3id.org/standpoint/id/";

    private static final String GRAPH = "graph/";

    private Graphs() {
    }

    /** {@code {base}graph/registry}: canonical actors, roles and issues shared by all articles. */
    public static String registry(String base) {
        return normalise(base) + GRAPH + "registry";
    }

    /**
     * {@code {base}graph/corrections}: a user's corrections (merged or split actors, renamed or merged issues).
     * Only correction commands write it; loading never does, so corrections survive reloads and are applied to every
     * article resolved after them.
     */
    public static String corrections(String base) {
        return normalise(base) + GRAPH + "corrections";
    }

    /**
     * {@code {base}graph/positions}: per holder, issue and stance, the number of statements and the latest one; per
     * membership, when it was seen. Derived from the article graphs, kept in step by every write
     * ({@link PositionIndex}, {@link RoleSightings}).
     */
    public static String positions(String base) {
        return normalise(base) + GRAPH + "positions";
    }

    /** {@code {base}graph/vocab}: the ontology and its SKOS schemes. */
    public static String vocab(String base) {
        return normalise(base) + GRAPH + "vocab";
    }

    /** {@code {base}graph/article/{key}}: everything read from one article. */
    public static String article(String base, String key) {
        return normalise(base) + GRAPH + "article/" + key;
    }

    /** The objects of {@code s p ?o} in graph {@code g} ({@code Node.ANY} for every graph). */
    static List<Node> objects(DatasetGraph dsg, Node g, Node s, Node p) {
        return Iter.iter(dsg.find(g, s, p, Node.ANY)).map(Quad::getObject).toList();
    }

    static Node node(String iri) {
        return NodeFactory.createURI(iri);
    }

    /** A base without its trailing slash would glue "graph/" onto the last path segment. */
    static String normalise(String base) {
        if (base == null || base.isBlank()) return DEFAULT_BASE;
        return base.endsWith("/") || base.endsWith("#") ? base : base + "/";
    }
}
