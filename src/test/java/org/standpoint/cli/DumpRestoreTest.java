package org.standpoint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standpoint.iri.Iris;
import org.standpoint.store.Fixtures;
import org.standpoint.store.Store;

/** {@code standpoint dump} and {@code restore}: a database through a TriG file into an empty one, unchanged. */
class DumpRestoreTest {
    @Test
    void theSeedDatabaseSurvivesADumpAndARestore(@TempDir Path dir) throws IOException {
        Path dump = dir.resolve("backup.trig");
        Cli out = Cli.run("dump", "--db", Seed.database().toString(), dump.toString());
        assertEquals(0, out.exitCode(), out::toString);
        assertTrue(out.err().matches("(?s)dumped [1-9]\\d* quads to .*"), out::toString);
        String trig = Files.readString(dump);
        assertTrue(trig.contains("/graph/registry>"), "named graphs are in the file");
        assertTrue(trig.contains(Seed.HARRIS_QUOTE));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(dump), files.toList(), "no partial file left beside the dump");
        }

        Path restored = dir.resolve("restored");
        Cli in = Cli.run("restore", dump.toString(), "--db", restored.toString());
        assertEquals(0, in.exitCode(), in::toString);
        assertTrue(in.err().contains("restored 4 graphs"), in::toString);

        try (Store original = Store.open(Seed.database()); Store copy = Store.open(restored)) {
            assertIsomorphic(original, copy);
            // the text index was built by the restore: the label search finds Lord Harris
            List<Map<String, String>> found = Fixtures.select(copy,
                    "SELECT DISTINCT ?label { ?s text:query (rdfs:label \"harris\") ; rdfs:label ?label }");
            assertEquals(List.of(Map.of("label", "Lord Harris")), found);
        }
    }

    @Test
    void theDefaultGraphAndEveryNamedGraphComeBack(@TempDir Path dir) throws IOException {
        Path source = dir.resolve("source");
        try (Store store = Store.open(source)) {
            store.writeArticle(Fixtures.articleGraph(Fixtures.KEY_1), Fixtures.article1(), Fixtures.registryOfArticle1());
            store.writeArticle(Fixtures.articleGraph(Fixtures.KEY_2), Fixtures.article2(), Fixtures.registryOfArticle2());
            // what an authenticated SPARQL Update without GRAPH writes: the stored default graph
            Txn.executeWrite(store.dataset(), () -> store.dataset().asDatasetGraph().add(Quad.defaultGraphIRI,
                    NodeFactory.createURI(Fixtures.person("x")), NodeFactory.createURI(Fixtures.BASE + "p"),
                    NodeFactory.createLiteralString("ünïcödé \"quoted\" \n line")));
        }
        Path dump = dir.resolve("all.trig");
        assertEquals(0, Cli.run("dump", "--db", source.toString(), dump.toString()).exitCode());
        String trig = Files.readString(dump);
        for (String g : List.of(Fixtures.articleGraph(Fixtures.KEY_1), Fixtures.articleGraph(Fixtures.KEY_2),
                new Iris(Fixtures.BASE).registryGraph())) {
            assertEquals(1, trig.split("<" + g + "> *\\{", -1).length - 1, "one block per graph, so one transaction: " + g);
        }
        Path copy = dir.resolve("copy");
        Cli restore = Cli.run("restore", dump.toString(), "--db", copy.toString());
        assertEquals(0, restore.exitCode(), restore::toString);
        try (Store a = Store.open(source); Store b = Store.open(copy)) {
            assertIsomorphic(a, b);
        }
        // restoring the same dump again (as after an interruption) changes nothing
        assertEquals(0, Cli.run("restore", dump.toString(), "--db", copy.toString()).exitCode());
        try (Store a = Store.open(source); Store b = Store.open(copy)) {
            assertIsomorphic(a, b);
        }
    }

    @Test
    void aHandMadeFileThatReturnsToAGraphIsRestoredWhole(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("interleaved.trig");
        String a = "<" + Fixtures.articleGraph("a") + ">";
        String b = "<" + Fixtures.articleGraph("b") + ">";
        Files.writeString(file, a + " { <urn:x:s> <urn:x:p> 1 . }\n" + b + " { <urn:x:s> <urn:x:p> 2 . }\n"
                + a + " { <urn:x:s> <urn:x:p> 3 . }\n<urn:x:s> <urn:x:p> 4 .\n");
        Cli restore = Cli.run("restore", file.toString(), "--db", dir.resolve("db").toString());
        assertEquals(0, restore.exitCode(), restore::toString);
        assertTrue(restore.err().contains("restored 3 graphs, 4 quads"), restore::toString);
        try (Store store = Store.open(dir.resolve("db"))) {
            assertEquals(List.of(Map.of("o", "1"), Map.of("o", "3")), Fixtures.select(store,
                    "SELECT ?o { GRAPH " + a + " { ?s ?p ?o } } ORDER BY ?o"));
        }
    }

    @Test
    void aDatabaseWithOtherGraphsOrABrokenFileIsRefusedAndLeftAlone(@TempDir Path dir) throws IOException {
        Path db = dir.resolve("db");
        try (Store store = Store.open(db)) {
            store.writeArticle(Fixtures.articleGraph(Fixtures.KEY_2), Fixtures.article2(), Fixtures.registryOfArticle2());
        }
        Path onlyOne = dir.resolve("one.trig");
        try (Store store = Store.open(dir.resolve("other"))) {
            store.writeArticle(Fixtures.articleGraph(Fixtures.KEY_1), Fixtures.article1(), null);
        }
        assertEquals(0, Cli.run("dump", "--db", dir.resolve("other").toString(), onlyOne.toString()).exitCode());

        Cli refused = Cli.run("restore", onlyOne.toString(), "--db", db.toString());
        assertEquals(2, refused.exitCode(), refused::toString);
        assertTrue(refused.err().startsWith("error: the database holds graphs the dump does not ("), refused::toString);
        assertTrue(refused.err().contains(Fixtures.articleGraph(Fixtures.KEY_2)), refused::toString);

        Path broken = dir.resolve("broken.trig");
        String good = Files.readString(onlyOne);
        Files.writeString(broken, good + "\n<urn:a> <urn:b> \"unterminated .\n");
        Path empty = dir.resolve("empty-db");
        Cli bad = Cli.run("restore", broken.toString(), "--db", empty.toString());
        assertEquals(2, bad.exitCode(), bad::toString);
        assertTrue(bad.err().startsWith("error: " + broken + ": not a valid dump: "), bad::toString);
        assertEquals(1, bad.err().strip().lines().count(), bad::toString);
        try (Store store = Store.open(empty)) {
            assertEquals(0, store.quadCount(), "a broken file writes nothing");
        }

        Cli missing = Cli.run("dump", "--db", dir.resolve("nowhere").toString(), dir.resolve("x.trig").toString());
        assertEquals(2, missing.exitCode());
        assertFalse(Files.exists(dir.resolve("x.trig")));
    }

    static void assertIsomorphic(Store expected, Store actual) {
        Txn.executeRead(expected.dataset(), () -> Txn.executeRead(actual.dataset(), () -> assertTrue(
                IsoMatcher.isomorphic(expected.dataset().asDatasetGraph(), actual.dataset().asDatasetGraph()),
                "the two databases hold isomorphic datasets")));
    }
}
