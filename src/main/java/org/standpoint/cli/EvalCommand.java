package org.standpoint.cli;

import org.standpoint.eval.EvalReport;
import org.standpoint.eval.Evaluation;
import org.standpoint.extract.Extractor;
import org.standpoint.nlp.AnnotationCache;
import org.standpoint.nlp.NlpPipeline;
import org.standpoint.eval.HolderAudit;
import edu.stanford.nlp.pipeline.CoreDocument;
import java.util.function.Function;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code standpoint eval}: scores the extractor against gold JSON or BRAT attribution files. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score extraction against gold data: --gold DIR (gold/*.json + raw/*.txt) or --brat DIR (text/ + attributions/); "
                + "or audit the statement holders of unlabelled articles: --holders DIR.")
final class EvalCommand implements Callable<Integer> {
    static final class Source {
        @Option(names = "--gold", paramLabel = "DIR", description = "folder with gold/ and raw/") Path gold;
        @Option(names = "--brat", paramLabel = "DIR", description = "folder with text/ and attributions/ (PolNeAR layout)") Path brat;
        @Option(names = "--holders", paramLabel = "DIR", description = "unlabelled articles: count the statements whose holder is not an actor") Path holders;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(names = "--json", paramLabel = "FILE", description = "also write the table as JSON")
    Path json;

    @Option(names = "--errors", paramLabel = "FILE", description = "list every miss and false alarm")
    Path errors;

    @Option(names = "--threads", defaultValue = "2", description = "articles annotated in parallel (default: ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--nlp-cache", paramLabel = "DIR",
            description = "keep CoreNLP annotations in DIR and reuse them on the next run (the text and annotators are the key)")
    Path nlpCache;

    private static Function<String, CoreDocument> annotatedOnceForTwoUses(Function<String, CoreDocument> annotator) {
        java.util.Map<String, CoreDocument> firstUse = new java.util.concurrent.ConcurrentHashMap<>();
        return text -> {
            CoreDocument kept = firstUse.remove(text);
            if (kept != null) return kept;
            CoreDocument doc = annotator.apply(text);
            firstUse.put(text, doc);
            return doc;
        };
    }

    @Override
    public Integer call() throws Exception {
        Function<String, CoreDocument> annotator = nlpCache == null ? NlpPipeline::annotate : new AnnotationCache(nlpCache);
        // gold articles are extracted twice (own issue, gold issue declared): annotate once
        Extractor extractor = new Extractor(source.gold != null ? annotatedOnceForTwoUses(annotator) : annotator);
        if (source.holders != null) {
            System.out.print(HolderAudit.run(java.util.List.of(source.holders), annotator, threads).table());
            return 0;
        }
        EvalReport report = source.gold != null
                ? Evaluation.gold(source.gold, extractor, threads)
                : Evaluation.brat(source.brat, extractor, threads);
        System.out.println(report.table());
        if (json != null) report.writeJson(json);
        if (errors != null) report.writeErrors(errors);
        return 0;
    }
}
