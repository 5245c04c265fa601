package org.standpoint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.standpoint.ingest.Ingest;
import org.standpoint.model.Extraction;
import org.standpoint.pipeline.Pipeline;
import org.standpoint.read.ArticleReader;
import org.standpoint.read.ReadResult;
import org.standpoint.store.Store;

/**
 * The dev articles in ../shared, extracted once per JVM (CoreNLP costs seconds an article) and stored through the
 * loader's own resolve/map/store path as often as tests like. Tests using it skip when ../shared is absent.
 */
final class DevCorpus {
    /** A fixed clock: two loads of the same extractions then write identical provenance, so whole stores compare. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    static final Pipeline PIPELINE = Pipeline.create().clock(CLOCK).build();

    private static List<Extraction> extractions;
    private static Path database;

    private DevCorpus() {
    }

    /** The dev articles' extractions, in file-name order (00 is the seed article); skips the test without them. */
    static synchronized List<Extraction> extractions() {
        String shared = System.getProperty("standpoint.shared", "../shared");
        Path raw = Path.of(shared, "corpus", "dev", "raw");
        assumeTrue(Files.isDirectory(raw), "no shared dev corpus at " + raw);
        if (extractions == null) extractions = extract(raw);
        return extractions;
    }

    /** The extraction of dev article {@code stem} ("00" … "15"). */
    static Extraction article(String stem) {
        return extractions().stream().filter(x -> Path.of(x.article().origin()).getFileName().toString().equals(stem + ".txt"))
                .findFirst().orElseThrow(() -> new AssertionError("no dev article " + stem));
    }

    /** Stores extractions in the given order into the store, as {@code standpoint load} does after extracting. */
    static void store(Store store, List<Extraction> order) {
        Ingest ingest = Ingest.create().into(store, Bundled.vocabulary()).clock(CLOCK).build();
        for (Extraction x : order) ingest.store(x);
    }

    /** A database on disk with every dev article stored; callers must not write to it. */
    static synchronized Path database() {
        if (database == null) {
            List<Extraction> all = extractions();
            try {
                Path dir = Files.createTempDirectory("standpoint-dev");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> Seed.deleteTree(dir)));
                try (Store store = Store.open(dir.resolve("db"))) {
                    store(store, all);
                }
                database = dir.resolve("db");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return database;
    }

    private static List<Extraction> extract(Path raw) {
        ReadResult read = new ArticleReader().readAll(List.of(raw));
        assertEquals(List.of(), read.errors());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Extraction>> futures = new ArrayList<>();
            read.articles().forEach(a -> futures.add(pool.submit(() -> PIPELINE.extract(a))));
            List<Extraction> out = new ArrayList<>();
            for (Future<Extraction> f : futures) out.add(f.get());
            out.sort(Comparator.comparing(x -> Path.of(x.article().origin()).getFileName().toString()));
            return List.copyOf(out);
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("extracting the dev corpus", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
