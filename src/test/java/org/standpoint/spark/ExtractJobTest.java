package org.standpoint.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.SKOS;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standpoint.cli.Main;
import org.standpoint.iri.Iris;
import org.standpoint.rdf.PROV;
import org.standpoint.rdf.STP;
import org.standpoint.store.Fixtures;
import org.standpoint.store.Store;

/**
 * The Spark job with a {@code local[2]} master, then {@code standpoint import}, against {@code standpoint load} on
 * the same articles: the same graphs, graph by graph, and a label index that finds the same people. On the dev
 * articles when the shared folder is there, else on the bundled seed article.
 */
class ExtractJobTest {
    @Test
    void importedShardsHoldTheGraphsLoadWrites(@TempDir Path dir) throws IOException {
        Path articles = articles(dir);
        Path loaded = dir.resolve("loaded");
        assertEquals(0, Main.run("load", articles.toString(), "--db", loaded.toString()));

        Path shards = dir.resolve("shards");
        SparkConf conf = new SparkConf().setMaster("local[2]").setAppName("ExtractJobTest")
                .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1");
        ExtractJob.Summary summary;
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            summary = ExtractJob.run(sc, List.of(articles), shards, Iris.DEFAULT_BASE, 0);
        }
        assertEquals(0, summary.errors(), summary::line);
        assertEachArticleFoundsItsIssues(shards);
        Path imported = dir.resolve("imported");
        assertEquals(0, Main.run("import", shards.toString(), "--db", imported.toString()));

        try (Store a = Store.open(loaded); Store b = Store.open(imported)) {
            Map<String, Graph> expected = graphs(a);
            Map<String, Graph> actual = graphs(b);
            assertEquals(expected.keySet(), actual.keySet());
            assertTrue(expected.keySet().stream().anyMatch(g -> g.contains("/graph/article/")), expected::toString);
            for (String g : expected.keySet()) {
                assertTrue(expected.get(g).isIsomorphicWith(actual.get(g)), () -> g + " differs");
            }
            assertEquals(summary.articles(), expected.keySet().stream().filter(g -> g.contains("/graph/article/")).count());
            String search = "SELECT ?who { ?who text:query (rdfs:label \"harris\") }";
            Set<String> found = new TreeSet<>();
            Fixtures.select(b, search).forEach(r -> found.add(r.get("who")));
            Set<String> wanted = new TreeSet<>();
            Fixtures.select(a, search).forEach(r -> wanted.add(r.get("who")));
            assertEquals(wanted, found);
        }
        // bulk loading refuses a database that already holds data
        assertEquals(2, Main.run("import", shards.toString(), "--db", imported.toString()));
    }

    private static Path articles(Path dir) throws IOException {
        String property = System.getProperty("standpoint.shared");
        Path dev = (property != null ? Path.of(property) : Path.of("/work/shared")).resolve("corpus/dev/raw");
        if (Files.isDirectory(dev)) return dev;
        Path seed = Files.createDirectories(dir.resolve("seed")).resolve("met-armed-patrols.txt");
        try (InputStream in = ExtractJobTest.class.getResourceAsStream("/demo/met-armed-patrols.txt")) {
            Files.copy(in, seed);
        }
        return seed.getParent();
    }

    /**
     * Every named graph, copied out, without the extraction times (each run stamps its own) and without issue
     * concepts: a load matches an article's issue to the concepts of articles loaded before it, the job extracts each
     * article alone (docs/issues.md), nor the positions graph, which counts per issue concept. Nothing else in the graphs depends on when or where it ran.
     */
    private static Map<String, Graph> graphs(Store store) {
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        Map<String, Graph> out = new TreeMap<>();
        Txn.executeRead(dsg, () -> {
            for (Iterator<Node> it = dsg.listGraphNodes(); it.hasNext(); ) {
                Node g = it.next();
                // positions are counted per issue concept, so they differ exactly as the issue concepts do
                if (g.getURI().equals(new Iris(Iris.DEFAULT_BASE).positionsGraph())) continue;
                Graph copy = GraphMemFactory.createDefaultGraph();
                dsg.getGraph(g).find().forEachRemaining(t -> {
                    if (!t.getPredicate().equals(PROV.endedAtTime.asNode()) && !namesAnIssue(t)) copy.add(t);
                });
                out.put(g.getURI(), copy);
            }
        });
        assertFalse(out.isEmpty());
        return out;
    }

    /**
     * The job matches each article's issues against no other article's, so every issue concept an article graph uses
     * is founded (described with its scope note) in that article's own record: an issue matched to a concept that
     * another article on the same executor founded would make the output depend on scheduling. A record is an
     * article graph's quads followed by its registry additions.
     */
    private static void assertEachArticleFoundsItsIssues(Path shards) throws IOException {
        String registry = new Iris(Iris.DEFAULT_BASE).registryGraph();
        List<Path> parts;
        try (var files = Files.list(shards)) {
            parts = files.filter(f -> f.getFileName().toString().startsWith("part-")).sorted().toList();
        }
        int used = 0;
        for (Path part : parts) {
            try (InputStream in = Files.newInputStream(part)) {
                for (List<Quad> record : records(RDFDataMgr.createIteratorQuads(in, Lang.NQUADS, null), registry)) {
                    Set<String> issues = new TreeSet<>(), founded = new TreeSet<>();
                    for (Quad q : record) {
                        boolean inRegistry = q.getGraph().getURI().equals(registry);
                        if (!inRegistry && q.getPredicate().equals(STP.issue.asNode())) issues.add(q.getObject().getURI());
                        if (inRegistry && q.getPredicate().equals(SKOS.scopeNote.asNode())) founded.add(q.getSubject().getURI());
                    }
                    assertTrue(founded.containsAll(issues), () -> part + ": uses " + issues + ", founds " + founded);
                    used += issues.size();
                }
            }
        }
        assertTrue(used > 0, "no article graph names an issue");
    }

    /** The records of one part file: a record is an article graph's quads, then its registry additions. */
    private static List<List<Quad>> records(Iterator<Quad> quads, String registry) {
        List<List<Quad>> out = new ArrayList<>();
        boolean inRegistry = false;
        while (quads.hasNext()) {
            Quad q = quads.next();
            boolean registryQuad = q.getGraph().getURI().equals(registry);
            if (out.isEmpty() || inRegistry && !registryQuad) out.add(new ArrayList<>());
            out.get(out.size() - 1).add(q);
            inRegistry = registryQuad;
        }
        return out;
    }

    private static boolean namesAnIssue(Triple t) {
        String issues = Iris.DEFAULT_BASE + "issue/";
        return t.getSubject().isURI() && t.getSubject().getURI().startsWith(issues)
                || t.getObject().isURI() && t.getObject().getURI().startsWith(issues);
    }
}
