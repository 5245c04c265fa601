package org.standpoint.train;

import edu.stanford.nlp.pipeline.CoreDocument;
import org.standpoint.extract.TaggerModel;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Trains the attribution tagger on a PolNeAR training split: k-fold cross-validation by article first (each fold's
 * model tags the articles it never saw), then one model on all of it, written to {@code out}. Prints the
 * cross-validated span figures per kind and fold.
 */
public final class AttributionTraining {
    private final Path polnear;
    private final Function<String, CoreDocument> annotator;
    private final int threads;
    private final int folds;
    private final int epochs;
    private final PrintStream log;

    public AttributionTraining(Path polnear, Function<String, CoreDocument> annotator, int threads, int folds, int epochs,
                               PrintStream log) {
        this.polnear = polnear;
        this.annotator = annotator;
        this.threads = threads;
        this.folds = folds;
        this.epochs = epochs;
        this.log = log;
    }

    public void run(Path out) throws IOException {
        List<List<TaggedParagraph>> articles = PolnearCorpus.read(polnear, annotator, threads);
        long tokens = articles.stream().flatMap(List::stream).mapToLong(p -> p.tokens().size()).sum();
        log.printf("%d articles, %d tokens; %d-fold cross-validation by article, %d epochs%n",
                articles.size(), tokens, folds, epochs);
        SpanScore total = new SpanScore();
        for (int k = 0; k < folds; k++) {
            List<TaggedParagraph> train = new ArrayList<>(), test = new ArrayList<>();
            for (int a = 0; a < articles.size(); a++) (a % folds == k ? test : train).addAll(articles.get(a));
            TaggerModel model = new PerceptronTrainer(epochs).train(train);
            SpanScore fold = new SpanScore();
            for (TaggedParagraph p : test) fold.add(p.gold(), model.decode(p.tokens()));
            log.println(fold.row("fold " + (k + 1)));
            total.merge(fold);
        }
        if (folds > 1) log.println(total.row("cross-val"));
        List<TaggedParagraph> all = articles.stream().flatMap(List::stream).toList();
        TaggerModel model = new PerceptronTrainer(epochs).train(all);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream o = Files.newOutputStream(out)) {
            model.write(o);
        }
        log.printf("model written to %s (%,d bytes)%n", out, Files.size(out));
    }
}
