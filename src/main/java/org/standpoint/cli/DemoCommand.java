package org.standpoint.cli;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.standpoint.model.Article;
import org.standpoint.pipeline.Pipeline;
import org.standpoint.read.ArticleReader;
import org.standpoint.read.ReadResult;
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
        try {
            Pipeline pipeline = Pipeline.create().base(store.base()).build();
            if (!reload && alreadyLoaded(store, pipeline, sample)) {
                main.err().println("the sample is already in " + db + " (--reload extracts it again)");
            } else {
                main.err().println("loading the sample into " + db + " (the language models take a while to start)...");
                try (Progress progress = new Progress(main.err(), Progress.interactive())) {
                    LoadSummary summary = new Loader(pipeline, store, 1, OrderedExtraction.DEFAULT_TIMEOUT, progress).load(List.of(sample));
                    main.err().println(summary.line());
                    if (summary.errors() > 0) {
                        store.close();
                        return 1;
                    }
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

    /** Reading is cheap; extraction is not, so a second {@code demo} goes straight to serving. */
    private static boolean alreadyLoaded(Store store, Pipeline pipeline, Path sample) {
        ReadResult read = new ArticleReader().readAll(List.of(sample));
        if (read.articles().size() != 1) return false;
        Article a = read.articles().get(0);
        var graph = NodeFactory.createURI(pipeline.iris().articleGraph(a.key()));
        return Txn.calculateRead(store.dataset(), () -> store.dataset().asDatasetGraph().containsGraph(graph));
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
