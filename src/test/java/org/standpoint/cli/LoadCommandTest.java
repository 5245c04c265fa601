package org.standpoint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standpoint.iri.Iris;
import org.standpoint.rdf.SCHEMA;
import org.standpoint.store.Fixtures;
import org.standpoint.store.Store;

/** {@code standpoint load} end to end: real reader, CoreNLP, mapper and TDB2 store, checked through SPARQL. */
class LoadCommandTest {
    private static final String HARRIS_STATEMENTS = """
            SELECT ?text WHERE {
              ?p rdfs:label "Lord Harris" .
              ?st a stp:Statement ; stp:holder ?p ; stp:contentSpan/nif:anchorOf ?text .
            }""";

    @Test
    void loadsTheSeedAndLoadingItAgainChangesNothing(@TempDir Path dir) {
        Path seed = Seed.copyTo(dir);
        Path db = dir.resolve("db");

        Cli first = Cli.run("load", seed.toString(), "--db", db.toString());
        assertEquals(0, first.exitCode(), first::toString);
        assertTrue(first.err().contains("loaded 1 article: "), first::toString);
        assertTrue(first.err().contains("; 0 errors;"), first::toString);
        assertTrue(first.err().matches("(?s).*loaded 1 article: [1-9]\\d* statements, [1-9]\\d* people, [1-9]\\d* organisations; 0 errors; .*"),
                first::toString);

        long quads;
        try (Store store = Store.open(db)) {
            Set<String> graphs = graphs(store);
            assertEquals(4, graphs.size(), graphs::toString);
            assertTrue(graphs.contains(Iris.standard().registryGraph()));
            assertTrue(graphs.contains(new Iris(Iris.DEFAULT_BASE).positionsGraph()), graphs::toString);
            assertTrue(graphs.contains(Iris.standard().vocabGraph()));
            String articleGraph = graphs.stream().filter(g -> g.contains("/graph/article/")).findFirst().orElseThrow();
            assertEquals(1, Fixtures.select(store,
                    "SELECT ?a { GRAPH <" + articleGraph + "> { ?a a <" + SCHEMA.NewsArticle.getURI() + "> } }").size());
            List<Map<String, String>> harris = Fixtures.select(store, HARRIS_STATEMENTS);
            assertTrue(harris.stream().anyMatch(r -> r.get("text").contains(Seed.HARRIS_QUOTE)), harris::toString);
            // the vocabulary graph holds the stance scheme the statements point into
            assertFalse(Fixtures.select(store, "SELECT ?c { ?c skos:inScheme stp:StanceScheme }").isEmpty());
            quads = store.quadCount();
        }

        Cli second = Cli.run("load", seed.toString(), "--db", db.toString());
        assertEquals(0, second.exitCode(), second::toString);
        try (Store store = Store.open(db)) {
            assertEquals(quads, store.quadCount(), "loading the same article again replaces its graph");
            assertEquals(4, graphs(store).size());
        }
    }

    @Test
    void badFilesAreReportedOneLineEachAndTheGoodOneIsStored(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Seed.copyTo(in);
        Files.writeString(in.resolve("empty.txt"), "");
        Files.writeString(in.resolve("broken.json"), "{\"title\": \"Half a record\", \"body\": ");
        Files.writeString(in.resolve("nobody.json"), "{\"title\": \"No body\", \"url\": \"https://example.org/a\"}");
        Path db = dir.resolve("db");

        Cli load = Cli.run("load", in.toString(), "--db", db.toString());
        assertNotEquals(0, load.exitCode(), load::toString);
        List<String> errorLines = load.err().lines().filter(l -> l.startsWith("error: ")).toList();
        assertEquals(3, errorLines.size(), load::toString);
        for (String bad : List.of("empty.txt", "broken.json", "nobody.json")) {
            assertTrue(errorLines.stream().anyMatch(l -> l.contains(in.resolve(bad).toString())), bad + "\n" + load);
        }
        assertTrue(load.err().contains("loaded 1 article: "), load::toString);
        assertTrue(load.err().contains("; 3 errors;"), load::toString);

        try (Store store = Store.open(db)) {
            Set<String> graphs = graphs(store);
            assertEquals(4, graphs.size(), "the seed's graph, the registry, the vocabulary and the positions only: " + graphs);
            List<Map<String, String>> harris = Fixtures.select(store, HARRIS_STATEMENTS);
            assertTrue(harris.stream().anyMatch(r -> r.get("text").contains(Seed.HARRIS_QUOTE)), harris::toString);
            assertEquals(List.of(), Fixtures.select(store, "SELECT ?a { ?a <" + SCHEMA.headline.getURI() + "> ?h FILTER(CONTAINS(?h, \"Half a record\") || CONTAINS(?h, \"No body\")) }"));
            try (Store alone = Store.open(Seed.database())) {
                assertEquals(alone.quadCount(), store.quadCount(), "exactly what loading the seed alone stores");
            }
        }
    }

    @Test
    void aMissingInputIsAnErrorAndNotACrash(@TempDir Path dir) {
        Cli load = Cli.run("load", dir.resolve("nope.txt").toString(), "--db", dir.resolve("db").toString());
        assertEquals(1, load.exitCode(), load::toString);
        assertTrue(load.err().contains("error: " + dir.resolve("nope.txt") + ": no such file"), load::toString);
        assertTrue(load.err().contains("loaded 0 articles"), load::toString);
    }

    private static Set<String> graphs(Store store) {
        return Txn.calculateRead(store.dataset(), () -> {
            Set<String> names = new TreeSet<>();
            store.dataset().asDatasetGraph().listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
            return names;
        });
    }
}
