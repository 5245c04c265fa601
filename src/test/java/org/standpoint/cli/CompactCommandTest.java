package org.standpoint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.standpoint.store.Fixtures.KEY_1;
import static org.standpoint.store.Fixtures.KEY_2;
import static org.standpoint.store.Fixtures.article1;
import static org.standpoint.store.Fixtures.article2;
import static org.standpoint.store.Fixtures.articleGraph;
import static org.standpoint.store.Fixtures.registryOfArticle1;
import static org.standpoint.store.Fixtures.registryOfArticle2;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standpoint.store.Store;

/** {@code standpoint compact} on a database whose articles were loaded again and again. */
class CompactCommandTest {
    @Test
    void compactingGivesSpaceBackAndKeepsEveryQuad(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("db");
        Set<String> before;
        try (Store store = Store.open(db)) {
            for (int i = 0; i < 60; i++) {
                store.writeArticle(articleGraph(KEY_1), i % 2 == 0 ? article2() : article1(), registryOfArticle1());
                store.writeArticle(articleGraph(KEY_2), article2(), registryOfArticle2());
            }
            before = quads(store);
        }
        long grown = allocated(db);

        Cli compact = Cli.run("compact", "--db", db.toString());
        assertEquals(0, compact.exitCode(), compact::toString);
        assertTrue(compact.err().startsWith("compacted " + db + ": "), compact.err());
        long compacted = allocated(db);
        assertTrue(compacted < grown / 2, grown + " -> " + compacted + " bytes on disk");
        try (Store store = Store.open(db)) {
            assertEquals(before, quads(store), "the same quads, the positions graph and label index with them");
        }
    }

    /**
     * Bytes the files take on disk, as {@code du} counts them: TDB2's files are sparse and sized ahead, so their
     * lengths hardly move; Java has no portable way to ask for allocated blocks.
     */
    private static long allocated(Path dir) throws Exception {
        Process du = new ProcessBuilder("du", "-s", "-B1", dir.toString()).redirectErrorStream(true).start();
        String out = new String(du.getInputStream().readAllBytes()).trim();
        du.waitFor();
        return Long.parseLong(out.split("\\s+")[0]);
    }

    private static Set<String> quads(Store store) {
        return Txn.calculateRead(store.dataset(), () -> {
            Set<String> all = new HashSet<>();
            store.dataset().asDatasetGraph().find().forEachRemaining(q -> all.add(q.toString()));
            return all;
        });
    }
}
