package org.standpoint.cli;

import org.standpoint.ingest.Ingest;
import org.standpoint.iri.Iris;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

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
        Ingest ingest = Ingest.create().base(base).threads(threads).listener(main.err()::println).build();
        Ingest.Extracted extracted = ingest.extract(inputs);
        if (format == OutputFormat.JSON) {
            Json.write(main.out(), extracted.extractions());
        } else {
            format.write(main.out(), ingest.toDataset(extracted.extractions()));
        }
        return extracted.errors() == 0 ? 0 : 1;
    }
}
