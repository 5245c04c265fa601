package org.standpoint.cli;

import org.standpoint.iri.Iris;
import org.standpoint.ingest.Ingest;
import org.standpoint.ingest.LoadSummary;
import org.standpoint.ingest.Problems;
import org.standpoint.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code standpoint load}: articles into the TDB2 database, one named graph each, with a progress bar and a summary. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Extract articles and store their graphs in a database (loading an article again replaces it).")
final class LoadCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = ".txt, .json, .jsonl or .html files, or folders of them")
    List<Path> inputs;

    @Option(names = "--db", defaultValue = "data", paramLabel = "DIR", description = "database folder (default: ./${DEFAULT-VALUE})")
    Path db;

    @Option(names = "--base", paramLabel = "IRI",
            description = "base of the data IRIs; a new database records it, and later commands use the recorded one (default: " + Iris.DEFAULT_BASE + ")")
    String base;

    @Option(names = "--threads", defaultValue = "2", description = "articles extracted in parallel (default: ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--article-timeout", defaultValue = "180", paramLabel = "SECONDS",
            description = "longest one article's extraction may take; a slower one is reported and skipped (default: ${DEFAULT-VALUE})")
    long articleTimeoutSeconds;

    @Option(names = "--issue", paramLabel = "MEASURE",
            description = "the measure these articles are about (\"control orders for terror suspects\"): stance is judged"
                    + " toward it; an article's own ISSUE: line or JSON issue field wins")
    String issue;

    @Option(names = "--link", description = "then link people and organisations to Wikidata and DBpedia (see standpoint link)")
    boolean link;

    @Mixin
    LinkOptions linkOptions;

    @Override
    public Integer call() {
        LoadSummary summary;
        int linked = 0;
        try (Store store = Stores.open(db, base, true)) {
            if (link) linkOptions.settings(); // a bad --country fails before hours of loading, not after
            try (Progress progress = new Progress(main.err(), "load", Progress.interactive())) {
                summary = Ingest.create().into(store, Bundled.vocabulary()).threads(threads)
                        .articleTimeout(Duration.ofSeconds(articleTimeoutSeconds)).declaring(issue).listener(progress)
                        .build().load(inputs);
            }
            main.err().println(summary.line());
            // Linking after the load, not per article: names are asked in batches, and an organisation is linked
            // through its members, who may come from any article.
            if (link) linked = LinkCommand.run(store, linkOptions, main.out(), main.err());
        } catch (Stores.Unavailable | IllegalArgumentException e) {
            main.err().println("error: " + e.getMessage());
            return 2;
        } catch (RuntimeException | InternalError e) {
            // the database itself failed (a full disk while closing it): one line, as for an article
            main.err().println("error: " + db + ": " + Problems.storage(e));
            return 1;
        }
        return summary.errors() == 0 && linked == 0 ? 0 : 1;
    }
}
