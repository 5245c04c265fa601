package org.standpoint.cli;

import org.standpoint.model.Article;
import org.standpoint.model.Extraction;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Extracts articles on a small pool while the calling thread consumes the results in input order. Writing stays in
 * the caller (one writer for TDB2, output in a stable order); only a few articles are in flight, so a long input
 * never piles up in memory.
 */
final class OrderedExtraction {
    /** One article's result: exactly one of {@code extraction} and {@code error} is set. */
    record Outcome(Article article, Extraction extraction, Throwable error) {
    }

    private final Function<Article, Extraction> extractor;
    private final int threads;

    OrderedExtraction(Function<Article, Extraction> extractor, int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1: " + threads);
        this.extractor = extractor;
        this.threads = threads;
    }

    /** Feeds {@code sink} one outcome per article, in the order of {@code articles}, on the calling thread. */
    void run(Iterator<Article> articles, Consumer<Outcome> sink) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "standpoint-extract");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<Outcome>> inFlight = new ArrayDeque<>();
        try {
            while (articles.hasNext()) {
                Article a = articles.next();
                inFlight.add(pool.submit(() -> extractOne(a)));
                // two per thread keeps both busy while the caller writes
                if (inFlight.size() >= 2 * threads) sink.accept(await(inFlight.poll()));
            }
            while (!inFlight.isEmpty()) sink.accept(await(inFlight.poll()));
        } finally {
            pool.shutdownNow();
        }
    }

    private Outcome extractOne(Article a) {
        try {
            Extraction x = extractor.apply(a);
            if (x == null) return new Outcome(a, null, new IllegalStateException("extractor returned nothing"));
            return new Outcome(a, x, null);
        } catch (RuntimeException | StackOverflowError e) {
            // a parser blowing its stack on one odd text costs that article, not the batch
            return new Outcome(a, null, e);
        }
    }

    private static Outcome await(Future<Outcome> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            // extractOne catches what it can; anything else (OutOfMemoryError) ends the run
            throw new IllegalStateException(e.getCause());
        }
    }
}
