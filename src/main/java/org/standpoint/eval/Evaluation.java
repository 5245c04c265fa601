package org.standpoint.eval;

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
import java.util.function.Function;
import java.util.stream.Stream;

import org.standpoint.model.Article;
import org.standpoint.model.Extraction;

/**
 * Runs an extractor over an evaluation set and scores it. Articles are extracted in parallel on a small pool
 * (the extractor must be thread-safe) and merged in file order, so reports are the same on every run.
 */
public final class Evaluation {
    /** Two threads: the build machines have two cores and an extractor may be memory-hungry. */
    public static final int DEFAULT_THREADS = 2;

    private Evaluation() {
    }

    /** The dev gold set: {@code dir/gold/NAME.json} scored against {@code dir/raw/NAME.txt}. */
    public static EvalReport gold(Path dir, Function<Article, Extraction> extractor) {
        return gold(dir, extractor, DEFAULT_THREADS);
    }

    public static EvalReport gold(Path dir, Function<Article, Extraction> extractor, int threads) {
        List<Path> files = list(dir.resolve("gold"), ".json");
        return run("gold " + dir, files, threads, goldFile -> {
            String key = ArticleFiles.stem(goldFile);
            Path raw = dir.resolve("raw").resolve(key + ".txt");
            if (!Files.exists(raw)) return missing(key, raw);
            GoldArticle gold = GoldJson.read(goldFile);
            Article article = ArticleFiles.read(raw);
            List<QuoteLocator.Located> located = new QuoteLocator(article.text()).locate(gold.statements());
            Tally tally = new Tally();
            for (QuoteLocator.Located l : located) {
                tally.fact("gold quotes located " + l.method().name().toLowerCase(java.util.Locale.ROOT), 1);
                if (l.span() == null) tally.note(key + ": gold quote not found in text: " + l.statement().quote());
            }
            Extraction own = extract(extractor, article, tally);
            Extraction declared = gold.issue() == null ? null : extract(extractor, article.withIssue(gold.issue()), new Tally());
            tally.merge(GoldScorer.score(key, gold, article.text(), located, own, declared));
            return tally;
        });
    }

    /** PolNeAR: {@code dir/attributions/NAME.ann} scored against {@code dir/text/NAME.txt}. */
    public static EvalReport brat(Path dir, Function<Article, Extraction> extractor) {
        return brat(dir, extractor, DEFAULT_THREADS);
    }

    public static EvalReport brat(Path dir, Function<Article, Extraction> extractor, int threads) {
        List<Path> files = list(dir.resolve("attributions"), ".ann");
        return run("polnear " + dir, files, threads, ann -> {
            String key = ArticleFiles.stem(ann);
            Path txt = dir.resolve("text").resolve(key + ".txt");
            if (!Files.exists(txt)) return missing(key, txt);
            Article article = ArticleFiles.readVerbatim(txt);
            Tally tally = new Tally();
            tally.merge(BratScorer.score(key, article.text(), Brat.read(ann), extract(extractor, article, tally)));
            return tally;
        });
    }

    /** A failing extractor scores as an empty extraction (all misses) and leaves a note, not a dead run. */
    private static Extraction extract(Function<Article, Extraction> extractor, Article article, Tally tally) {
        try {
            Extraction e = extractor.apply(article);
            if (e != null) return e;
            tally.note(article.key() + ": extractor returned null");
        } catch (RuntimeException e) {
            tally.note(article.key() + ": extractor failed: " + e);
        }
        return new Extraction(article, List.of(), List.of(), List.of(), List.of());
    }

    private static Tally missing(String key, Path file) {
        Tally tally = new Tally();
        tally.note(key + ": no text file " + file + ", article skipped");
        return tally;
    }

    private static EvalReport run(String dataset, List<Path> files, int threads, Function<Path, Tally> scoreOne) {
        Tally total = new Tally();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, files.size())));
        try {
            List<Future<Tally>> futures = new ArrayList<>();
            for (Path f : files) futures.add(pool.submit(() -> scoreOne.apply(f)));
            for (Future<Tally> f : futures) total.merge(f.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("evaluation interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return total.report(dataset, files.size());
    }

    private static List<Path> list(Path dir, String suffix) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }
}
