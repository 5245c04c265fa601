package org.standpoint.cli;

import org.standpoint.iri.Iris;
import org.standpoint.model.Article;
import org.standpoint.model.Extraction;
import org.standpoint.pipeline.Pipeline;
import org.standpoint.read.ArticleReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code standpoint extract}: prints, without a database, every graph that {@code load} would write. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract articles and print their graphs (or the extraction model) without a database.")
final class ExtractCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = ".txt, .json, .jsonl or .html files, or folders of them")
    List<Path> inputs;

    @Option(names = "--format", defaultValue = "trig", description = "trig, nquads, ttl, jsonld or json (default: ${DEFAULT-VALUE})")
    OutputFormat format;

    @Option(names = "--base", defaultValue = Iris.DEFAULT_BASE, description = "base of the data IRIs")
    String base;

    @Option(names = "--threads", defaultValue = "2", description = "articles extracted in parallel (default: ${DEFAULT-VALUE})")
    int threads;

    @Override
    public Integer call() {
        int[] errors = {0};
        Pipeline pipeline = Pipeline.create().base(base).build();
        List<Extraction> extractions = new ArrayList<>();
        try (Stream<Article> articles = new ArticleReader().read(inputs, e -> {
            errors[0]++;
            main.err().println("error: " + e.message());
        })) {
            new OrderedExtraction(pipeline::extract, threads, OrderedExtraction.DEFAULT_TIMEOUT,
                    OrderedExtraction.loadModels(main.err()::println)).run(articles.iterator(), o -> {
                if (o.error() == null) {
                    extractions.add(o.extraction());
                } else {
                    errors[0]++;
                    main.err().println("error: " + o.article().origin() + ": " + o.problem());
                }
            });
        }
        if (format == OutputFormat.JSON) {
            Json.write(main.out(), extractions);
        } else {
            format.write(main.out(), pipeline.toDataset(extractions));
        }
        return errors[0] == 0 ? 0 : 1;
    }
}
