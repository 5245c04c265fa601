package org.standpoint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The seed article, from the bundled demo resource, and one database per JVM with it loaded through the command
 * line. Extraction costs seconds, so the tests that only read share that database instead of loading their own.
 */
final class Seed {
    static final String HARRIS_QUOTE = "It will inspire fear rather than reassurance";
    private static Path database;

    private Seed() {
    }

    /** A fresh copy of the seed article in {@code dir}. */
    static Path copyTo(Path dir) {
        Path file = dir.resolve("met-armed-patrols.txt");
        Bundled.copy(Bundled.DEMO_ARTICLE, file);
        return file;
    }

    /** A database with the seed loaded by {@code standpoint load}; callers must not write to it. */
    static synchronized Path database() {
        if (database == null) {
            try {
                Path dir = Files.createTempDirectory("standpoint-seed");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
                Cli load = Cli.run("load", copyTo(dir).toString(), "--db", dir.resolve("db").toString());
                assertEquals(0, load.exitCode(), load::toString);
                database = dir.resolve("db");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return database;
    }

    static void deleteTree(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // temp files left behind are the OS's to clean
        }
    }
}
