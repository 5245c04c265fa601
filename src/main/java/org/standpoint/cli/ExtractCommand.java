package org.standpoint.cli;

import org.standpoint.model.Extraction;
import org.standpoint.pipeline.Pipeline;
import org.standpoint.read.ArticleReader;
import org.standpoint.read.ReadError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code standpoint extract}: prints, without a database, every graph that {@code load} would write. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract articles and print their graphs (or the extraction model) without a database.")
final class ExtractCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = ".txt, .json, .jsonl or .html files, or folders of them")
    List<Path> inputs;

    @Option(names = "--format", defaultValue = "trig", description = "trig, nquads, ttl, jsonld or json (default: ${DEFAULT-VALUE})")
    OutputFormat format;

    @Option(names = "--base", defaultValue = "https://w3id.org/standpoint/id/", description = "base of the data IRIs")
    String base;

    @Override
    public Integer call() {
        List<ReadError> errors = new ArrayList<>();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Pipeline pipeline = Pipeline.create().base(base).build();
        List<Extraction> extractions = new ArrayList<>();
        try (Stream<org.standpoint.model.Article> articles = new ArticleReader().read(inputs, e -> {
            errors.add(e);
            System.err.println("error: " + e.message());
        })) {
            articles.forEach(article -> {
                try {
                    extractions.add(pipeline.extract(article));
                } catch (RuntimeException e) {
                    errors.add(new ReadError(article.origin(), article.origin() + ": extraction failed: " + e));
                    System.err.println("error: " + article.origin() + ": extraction failed: " + e);
                }
            });
        }
        if (format == OutputFormat.JSON) {
            Json.write(out, extractions);
        } else {
            format.write(out, pipeline.toDataset(extractions));
        }
        return errors.isEmpty() ? 0 : 1;
    }
}
