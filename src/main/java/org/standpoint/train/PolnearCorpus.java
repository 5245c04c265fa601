package org.standpoint.train;

import edu.stanford.nlp.pipeline.CoreDocument;
import org.standpoint.eval.Brat;
import org.standpoint.eval.BratAttribution;
import org.standpoint.extract.TokenFeatures;
import org.standpoint.extract.TokenSequence;
import org.standpoint.model.Article;
import org.standpoint.read.ArticleReader;
import org.standpoint.read.ReadResult;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A PolNeAR split ({@code text/NAME.txt} + {@code attributions/NAME.ann}) read as tagged paragraphs, one list
 * per article (cross-validation folds split by article). Articles are annotated in parallel; an article whose
 * files cannot be read is one error line and is left out.
 */
final class PolnearCorpus {
    private PolnearCorpus() {
    }

    static List<List<TaggedParagraph>> read(Path dir, Function<String, CoreDocument> annotator, int threads) {
        List<Path> anns = list(dir.resolve("attributions"));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger done = new AtomicInteger();
        try {
            List<Future<List<TaggedParagraph>>> futures = new ArrayList<>();
            for (Path ann : anns) {
                futures.add(pool.submit(() -> {
                    List<TaggedParagraph> r;
                    try {
                        r = article(dir, ann, annotator);
                    } catch (IllegalArgumentException | UncheckedIOException e) {
                        System.err.println("standpoint train: " + e.getMessage() + "; article skipped");
                        r = List.of();
                    }
                    int n = done.incrementAndGet();
                    if (n % 50 == 0 || n == anns.size()) System.err.printf("annotated %d / %d articles%n", n, anns.size());
                    return r;
                }));
            }
            List<List<TaggedParagraph>> out = new ArrayList<>();
            for (Future<List<TaggedParagraph>> f : futures) {
                List<TaggedParagraph> article = f.get();
                if (!article.isEmpty()) out.add(article);
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<TaggedParagraph> article(Path dir, Path ann, Function<String, CoreDocument> annotator) {
        String name = ann.getFileName().toString().replaceFirst("\\.ann$", "");
        Path txt = dir.resolve("text").resolve(name + ".txt");
        ReadResult r = new ArticleReader().verbatim().readAll(List.of(txt));
        if (r.articles().size() != 1) throw new IllegalArgumentException(txt + ": cannot read the article");
        Article article = r.articles().get(0);
        List<BratAttribution> gold = Brat.read(ann);
        List<TaggedParagraph> out = new ArrayList<>();
        for (TokenSequence seq : TokenFeatures.of(article, annotator.apply(article.text()))) {
            out.add(new TaggedParagraph(name, seq, GoldLabels.of(seq, gold, article.text())));
        }
        return out;
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".ann")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }
}
