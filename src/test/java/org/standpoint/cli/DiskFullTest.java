package org.standpoint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standpoint.store.Store;

/**
 * {@code load} onto a disk that fills up: a small tmpfs (so the test needs root, as CI has; elsewhere it skips).
 * Every article that cannot be stored is one error line naming it, with no stack trace, and the articles stored
 * before the disk filled are all there afterwards, read by another process from the database as it was left.
 */
class DiskFullTest {
    private static final int ARTICLES = 6;
    /** Left free after the empty database is created: room for about two articles. */
    private static final long ROOM = 1_500_000;

    @Test
    void aFullDiskIsOneLinePerArticleAndKeepsWhatWasStored(@TempDir Path dir) throws Exception {
        Path disk = Files.createDirectories(dir.resolve("disk"));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=32m", "tmpfs", disk.toString()) == 0,
                "cannot mount a tmpfs (not root): the disk-full test is skipped");
        try {
            String seed = Files.readString(Seed.copyTo(dir));
            List<String> inputs = new ArrayList<>();
            for (int i = 0; i < ARTICLES; i++) {
                Path f = dir.resolve("a" + i + ".txt");
                Files.writeString(f, "URL: https://example.org/news/" + i + "\n\n" + seed);
                inputs.add(f.toString());
            }
            Path db = disk.resolve("db");
            try (Store created = Store.open(db)) {
                created.loadVocabulary(Bundled.vocabulary());
            }
            long free = Files.getFileStore(disk).getUsableSpace();
            Files.write(disk.resolve("filler"), new byte[(int) (free - ROOM)]);

            List<String> args = new ArrayList<>(List.of("load", "--db", db.toString(), "--threads", "1"));
            args.addAll(inputs);
            Cli load = Cli.run(args.toArray(String[]::new));
            assertEquals(1, load.exitCode(), load::toString);
            assertFalse(load.err().contains("\tat ") || load.err().contains("Exception in"), load::toString);
            List<String> errors = load.err().lines().filter(l -> l.startsWith("error: ")).toList();
            assertFalse(errors.isEmpty(), load::toString);
            for (String e : errors) {
                assertTrue(e.matches("error: \\S+: (cannot store: )?no space left on the database's disk .*"), e);
            }
            int failedArticles = (int) errors.stream().filter(e -> e.contains("cannot store")).count();
            int stored = ARTICLES - failedArticles;
            assertTrue(stored >= 1 && failedArticles >= 1, load::toString);

            // another process reads the database as the failed run left it: every article it reported stored is there
            Files.delete(disk.resolve("filler"));
            Path dump = dir.resolve("after.trig");
            Process p = ChildProcess.start(dir.resolve("dump.log"), "dump", "--db", db.toString(), dump.toString());
            assertTrue(p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0, Files.readString(dir.resolve("dump.log")));
            Dataset after = RDFDataMgr.loadDataset(dump.toString());
            long articleGraphs = 0;
            for (var names = after.listNames(); names.hasNext(); ) if (names.next().contains("/graph/article/")) articleGraphs++;
            assertEquals(stored, articleGraphs, load::toString);
        } finally {
            // lazily: this JVM may still map the failed database's files
            run("umount", "-l", disk.toString());
        }
    }

    private static int run(String... command) throws IOException, InterruptedException {
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start().waitFor();
    }
}
