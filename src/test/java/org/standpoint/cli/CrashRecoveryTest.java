package org.standpoint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standpoint.store.Backup;
import org.standpoint.store.Fixtures;
import org.standpoint.store.Store;
import org.standpoint.store.Synthetic;

/**
 * A writer killed with SIGKILL at random moments: after each kill the database opens, every article graph is whole or
 * absent (the text index agreeing), and running the command again ends with the graph an uninterrupted run gives.
 *
 * <p>The writer is {@code standpoint restore} in a child JVM: it writes one transaction per graph as {@code load}
 * does per article, through the same store, without the 30 s CoreNLP start that would make twenty kills slow.
 */
class CrashRecoveryTest {
    private static final int ARTICLES = 30;
    private static final int KILLS = 20;
    private static final int KILLS_PER_DATABASE = 5;

    @Test
    void killedWritersLeaveWholeArticlesAndARerunFinishesTheJob(@TempDir Path dir) throws Exception {
        Map<String, Model> articles = Synthetic.articles(ARTICLES, 30);
        Path dump = dir.resolve("source.trig");
        try (Store source = Store.open(dir.resolve("source")); OutputStream out = Files.newOutputStream(dump)) {
            Synthetic.fill(source, articles);
            Backup.dump(source, out);
        }

        Path reference = dir.resolve("reference");
        Process whole = ChildProcess.start(dir.resolve("reference.log"), "restore", dump.toString(), "--db", reference.toString());
        awaitFirstWrite(reference, whole);
        long begin = System.nanoTime();
        assertEquals(0, whole.waitFor(), () -> log(dir.resolve("reference.log")));
        // the writes and what follows them: the JVM's start before them is no place for a kill to land
        long uninterruptedMillis = (System.nanoTime() - begin) / 1_000_000;

        long seed = System.nanoTime();
        Random random = new Random(seed);
        List<String> outcomes = new ArrayList<>();
        int midway = 0;
        int rebuilt = 0;
        Path db = null;
        for (int i = 0; i < KILLS; i++) {
            // A run of kills on one database: each restart is itself a rerun of the interrupted restore, and is killed
            // in turn; the last of the run is let finish and must give the uninterrupted result.
            if (i % KILLS_PER_DATABASE == 0) db = dir.resolve("db" + i);
            long delay = (long) (random.nextDouble() * uninterruptedMillis);
            Process p = ChildProcess.start(dir.resolve("kill" + i + ".log"), "restore", dump.toString(), "--db", db.toString());
            awaitFirstWrite(db, p);
            Thread.sleep(delay);
            ChildProcess.kill(p);

            int present;
            try (Store store = Store.open(db)) {
                if (store.indexRebuilt()) rebuilt++;
                present = assertWholeOrAbsent(store, articles, "kill " + i + " after " + delay + " ms (seed " + seed + ")");
            }
            if (present > 0 && present < ARTICLES) midway++;
            outcomes.add(delay + " ms: " + present + "/" + ARTICLES);

            if (i % KILLS_PER_DATABASE == KILLS_PER_DATABASE - 1) {
                Cli rerun = Cli.run("restore", dump.toString(), "--db", db.toString());
                assertEquals(0, rerun.exitCode(), rerun::toString);
                try (Store expected = Store.open(reference); Store actual = Store.open(db)) {
                    DumpRestoreTest.assertIsomorphic(expected, actual);
                    assertEquals(ARTICLES, assertWholeOrAbsent(actual, articles, "after the rerun " + i));
                }
                deleteTree(db);
            }
        }
        System.out.println("crash test: uninterrupted run " + uninterruptedMillis + " ms from the first write; " + KILLS + " kills, " + midway
                + " in the middle of the writes, index rebuilt on " + rebuilt + " opens; articles present at each kill (delay after"
                + " the first write): "
                + outcomes);
        assertTrue(midway > 0, "no kill landed while graphs were being written: " + outcomes);
    }

    /** Until the child's first write transaction begins (the store's marker file appears) or the child ends. */
    private static void awaitFirstWrite(Path db, Process child) throws InterruptedException {
        Path marker = db.resolve(Store.INDEX_PENDING);
        while (child.isAlive() && !Files.exists(marker)) Thread.sleep(1);
    }

    /** Each article graph is absent or exactly as written, and the index finds its label exactly when it is present. */
    private static int assertWholeOrAbsent(Store store, Map<String, Model> articles, String when) {
        Set<String> presentGroups = new TreeSet<>();
        Txn.executeRead(store.dataset(), () -> {
            for (Map.Entry<String, Model> e : articles.entrySet()) {
                Graph stored = store.dataset().asDatasetGraph().getGraph(NodeFactory.createURI(e.getKey()));
                if (stored.isEmpty()) continue;
                assertTrue(stored.isIsomorphicWith(e.getValue().getGraph()), when + ": " + e.getKey() + " is partial ("
                        + stored.size() + " of " + e.getValue().size() + " triples)");
                presentGroups.add(Fixtures.BASE + "group/" + e.getKey().substring(e.getKey().lastIndexOf('/') + 1));
            }
        });
        Set<String> indexed = new TreeSet<>();
        Fixtures.select(store, "SELECT ?s { ?s text:query (rdfs:label \"group\" 100000) }").forEach(r -> indexed.add(r.get("s")));
        assertEquals(presentGroups, indexed, when + ": the index disagrees with the triples");
        return presentGroups.size();
    }

    private static String log(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
