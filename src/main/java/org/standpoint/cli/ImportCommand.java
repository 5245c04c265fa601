package org.standpoint.cli;

import org.standpoint.correct.IssueRegrouping;
import org.apache.jena.riot.RiotException;
import org.standpoint.iri.Iris;
import org.standpoint.store.BulkLoad;
import org.standpoint.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code standpoint import}: N-Quads shards (the Spark job's output, or {@code extract --format nquads}) into a new
 * database with TDB2's parallel bulk loader, the label index and the vocabulary graph included.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Bulk-load N-Quads shards (files, or folders of part-* / *.nq[.gz] files) into a new database.")
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Parameters(arity = "1..*", paramLabel = "SHARDS", description = "N-Quads files or folders of them")
    List<Path> inputs;

    @Option(names = "--db", defaultValue = "data", paramLabel = "DIR", description = "database folder, new or empty (default: ./${DEFAULT-VALUE})")
    Path db;

    @Option(names = "--base", paramLabel = "IRI",
            description = "base of the data IRIs; a new database records it, and later commands use the recorded one (default: " + Iris.DEFAULT_BASE + ")")
    String base;

    @Override
    public Integer call() {
        List<Path> shards;
        try {
            shards = shards(inputs);
        } catch (UncheckedIOException e) {
            main.err().println("error: " + e.getCause().getMessage());
            return 2;
        }
        if (shards.isEmpty()) {
            main.err().println("error: no N-Quads files in " + inputs);
            return 2;
        }
        long start = System.nanoTime();
        try (Store store = Stores.open(db, base, true)) {
            BulkLoad done = store.bulkLoad(shards);
            store.loadVocabulary(Bundled.vocabulary());
            // the Spark job matches each article on its own: group the issues across articles, oldest first
            IssueRegrouping.Result grouped = new IssueRegrouping(store).run();
            main.err().printf(Locale.ROOT, "grouped %d article issues into %d issues%n", grouped.readings(), grouped.concepts());
            main.err().printf(Locale.ROOT, "imported %d quads from %d %s; %.1f s (%s)%n", done.quads(), shards.size(),
                    shards.size() == 1 ? "file" : "files", (System.nanoTime() - start) / 1e9, done.steps());
            return 0;
        } catch (Stores.Unavailable | IllegalStateException | RiotException e) {
            main.err().println("error: " + db + ": " + e.getMessage());
            return 2;
        }
    }

    /** Files as given; in folders, Spark's part files and N-Quads files, not its _SUCCESS or .crc companions. */
    private static List<Path> shards(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (!Files.isDirectory(input)) {
                if (!Files.isRegularFile(input)) throw new UncheckedIOException(new IOException("no such file: " + input));
                files.add(input);
                continue;
            }
            try (Stream<Path> entries = Files.walk(input)) {
                entries.filter(Files::isRegularFile).filter(ImportCommand::isShard).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    private static boolean isShard(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith("part-") || name.endsWith(".nq") || name.endsWith(".nq.gz");
    }
}
