package org.standpoint.cli;

import org.standpoint.ingest.Ingest;
import org.standpoint.ingest.LoadSummary;
import org.standpoint.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code standpoint demo}: the bundled sample article loaded into a database, then served. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Load the bundled sample article (the Met armed patrols story) and serve it.")
final class DemoCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Option(names = "--db", defaultValue = "data", paramLabel = "DIR", description = "database folder (default: ./${DEFAULT-VALUE})")
    Path db;

    @Option(names = "--reload", description = "extract the sample again even when the database has it")
    boolean reload;

    @Mixin
    ServeOptions server = new ServeOptions();

    @Override
    public Integer call() {
        Path sample = copySample();
        Store store;
        try {
            store = Stores.open(db, null, true);
        } catch (Stores.Unavailable e) {
            main.err().println("error: " + e.getMessage());
            return 2;
        }
        try (Progress progress = new Progress(main.err(), "load", Progress.interactive())) {
            Ingest ingest = Ingest.create().into(store, Bundled.vocabulary()).threads(1).listener(progress).build();
            if (!reload && ingest.stored(List.of(sample))) {
                main.err().println("the sample is already in " + db + " (--reload extracts it again)");
            } else {
                main.err().println("loading the sample into " + db + " (the language models take a while to start)...");
                LoadSummary summary = ingest.load(List.of(sample));
                progress.close();
                main.err().println(summary.line());
                if (summary.errors() > 0) {
                    store.close();
                    return 1;
                }
            }
        } catch (RuntimeException e) {
            store.close();
            throw e;
        } finally {
            deleteQuietly(sample);
        }
        return Serving.runUntilKilled(store, server, main.out(), main.err());
    }

    /** The reader takes files; the sample lives in the jar. The file name is kept for messages. */
    private static Path copySample() {
        try {
            Path dir = Files.createTempDirectory("standpoint-demo");
            Path file = dir.resolve(Path.of(Bundled.DEMO_ARTICLE).getFileName().toString());
            Bundled.copy(Bundled.DEMO_ARTICLE, file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(file.getParent());
        } catch (IOException ignored) {
            // a leftover temp file is harmless
        }
    }
}
