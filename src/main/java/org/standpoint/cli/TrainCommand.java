package org.standpoint.cli;

import org.standpoint.nlp.AnnotationCache;
import org.standpoint.train.AttributionTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code standpoint train attribution}: trains the attribution tagger that ships in the resources. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train a model: 'attribution' (the cue/source/content tagger) on a PolNeAR training split.")
final class TrainCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "MODEL", description = "attribution")
    String model;

    @Option(names = "--polnear", paramLabel = "DIR", defaultValue = "../shared/benchmarks/polnear-train",
            description = "PolNeAR split with text/ and attributions/ (default: ${DEFAULT-VALUE})")
    Path polnear;

    @Option(names = "--out", paramLabel = "FILE",
            defaultValue = "src/main/resources/org/standpoint/extract/attribution-tagger.bin.gz",
            description = "where the weights go (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--nlp-cache", paramLabel = "DIR", defaultValue = "target/nlp-cache",
            description = "CoreNLP annotations kept between runs (default: ${DEFAULT-VALUE})")
    Path nlpCache;

    @Option(names = "--folds", defaultValue = "5", description = "cross-validation folds, by article; 1 skips it (default: ${DEFAULT-VALUE})")
    int folds;

    @Option(names = "--epochs", defaultValue = "8", description = "perceptron passes over the data (default: ${DEFAULT-VALUE})")
    int epochs;

    @Option(names = "--threads", defaultValue = "2", description = "articles annotated in parallel (default: ${DEFAULT-VALUE})")
    int threads;

    @Override
    public Integer call() throws Exception {
        if (!model.equals("attribution")) {
            System.err.println("standpoint train: unknown model '" + model + "' (known: attribution)");
            return 2;
        }
        new AttributionTraining(polnear, new AnnotationCache(nlpCache), threads, folds, epochs, System.out).run(out);
        return 0;
    }
}
