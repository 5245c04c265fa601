package org.standpoint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standpoint.serve.StandpointServer;
import org.standpoint.store.Backup;
import org.standpoint.store.Store;
import org.standpoint.store.Synthetic;

/** Readers during a load see whole articles only; a second writer on the same database is refused, not interleaved. */
class ConcurrentAccessTest {
    private static final String GRAPH_SIZES =
            "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } FILTER(CONTAINS(STR(?g), \"/graph/article/\")) } GROUP BY ?g";

    @Test
    void queriesDuringALoadSeeEachArticleWholeOrNotAtAll(@TempDir Path dir) throws Exception {
        Map<String, Model> articles = Synthetic.articles(40, 20);
        try (Store store = Store.open(dir.resolve("db"))) {
            StandpointServer server = StandpointServer.create().store(store).port(0).build().start();
            AtomicBoolean writing = new AtomicBoolean(true);
            ExecutorService readers = Executors.newFixedThreadPool(4);
            try {
                List<Future<List<String>>> seen = new ArrayList<>();
                for (int r = 0; r < 4; r++) {
                    boolean overHttp = r % 2 == 0;
                    seen.add(readers.submit(() -> {
                        List<String> states = new ArrayList<>();
                        do {
                            Map<String, Long> sizes = overHttp ? sizesOverHttp(server) : sizesInProcess(store);
                            sizes.forEach((g, n) -> {
                                if (n != articles.get(g).size()) states.add("PARTIAL " + g + ": " + n + " of " + articles.get(g).size());
                            });
                            states.add(sizes.size() + " articles");
                        } while (writing.get());
                        return states;
                    }));
                }
                // the load: every article written twice, the second time replacing the first
                for (int pass = 0; pass < 2; pass++) {
                    for (Map.Entry<String, Model> e : articles.entrySet()) store.writeArticle(e.getKey(), e.getValue(), null);
                }
                writing.set(false);
                List<String> states = new ArrayList<>();
                for (Future<List<String>> f : seen) states.addAll(f.get());
                assertEquals(List.of(), states.stream().filter(s -> s.startsWith("PARTIAL")).toList());
                assertTrue(states.stream().anyMatch(s -> !s.equals("0 articles") && !s.equals("40 articles")),
                        "some queries ran while the load was under way: " + states.stream().distinct().toList());
            } finally {
                readers.shutdownNow();
                server.stop();
            }
            assertEquals(40, sizesInProcess(store).size());
        }
    }

    @Test
    void aSecondWriterOnTheSameDatabaseIsRefusedAndTheFirstFinishesUndisturbed(@TempDir Path dir) throws Exception {
        Map<String, Model> articles = Synthetic.articles(60, 20);
        Path dump = dir.resolve("source.trig");
        try (Store source = Store.open(dir.resolve("source")); OutputStream out = Files.newOutputStream(dump)) {
            Synthetic.fill(source, articles);
            Backup.dump(source, out);
        }
        Path db = dir.resolve("db");
        Process first = ChildProcess.start(dir.resolve("first.log"), "restore", dump.toString(), "--db", db.toString());
        // TDB2 takes its process lock as the database opens
        while (!Files.exists(db.resolve("tdb.lock")) && first.isAlive()) Thread.sleep(10);
        Thread.sleep(300);
        assertTrue(first.isAlive(), "the first writer is still at work");

        Cli second = Cli.run("restore", dump.toString(), "--db", db.toString());
        Cli load = Cli.run("load", Seed.copyTo(dir).toString(), "--db", db.toString());
        Cli dumpWhileWriting = Cli.run("dump", "--db", db.toString(), dir.resolve("during.trig").toString());
        boolean stillRunning = first.isAlive();

        for (Cli refused : List.of(second, load, dumpWhileWriting)) {
            assertEquals(2, refused.exitCode(), refused::toString);
            assertTrue(refused.err().startsWith("error: "), refused::toString);
            assertEquals(1, refused.err().strip().lines().count(), refused::toString);
        }
        assertTrue(stillRunning, "the refusals came while the first writer held the database");
        assertEquals(0, first.waitFor(), () -> first.toString());
        try (Store expected = Store.open(dir.resolve("source")); Store actual = Store.open(db)) {
            DumpRestoreTest.assertIsomorphic(expected, actual);
        }
    }

    private static Map<String, Long> sizesInProcess(Store store) {
        return Txn.calculateRead(store.dataset(), () -> {
            Map<String, Long> sizes = new java.util.TreeMap<>();
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(GRAPH_SIZES).build()) {
                qe.execSelect().forEachRemaining(s -> sizes.put(s.getResource("g").getURI(), s.getLiteral("n").getLong()));
            }
            return sizes;
        });
    }

    private static Map<String, Long> sizesOverHttp(StandpointServer server) {
        Map<String, Long> sizes = new java.util.TreeMap<>();
        try (QueryExecution qe = QueryExecution.service(server.datasetUrl() + "/sparql").query(GRAPH_SIZES).build()) {
            qe.execSelect().forEachRemaining(s -> sizes.put(s.getResource("g").getURI(), s.getLiteral("n").getLong()));
        }
        return sizes;
    }
}
