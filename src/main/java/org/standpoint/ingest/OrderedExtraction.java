package org.standpoint.ingest;

import org.standpoint.model.Article;
import org.standpoint.model.Extraction;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Extracts articles on a small pool while the calling thread consumes the results in input order. Writing stays in
 * the caller (one writer for TDB2, output in a stable order); only a few articles are in flight, so a long input
 * never piles up in memory. An article whose extraction runs past the time limit is interrupted and reported as
 * {@link TimedOut}; the batch goes on.
 */
final class OrderedExtraction {
    /** One article's result: exactly one of {@code extraction} and {@code error} is set. */
    record Outcome(Article article, Extraction extraction, Throwable error) {
        /** The error as the one line a user sees after the article's origin. */
        String problem() {
            return error instanceof TimedOut ? error.getMessage() : "extraction failed: " + Problems.oneLine(error);
        }
    }

    /** The error of an article stopped at the time limit. */
    static final class TimedOut extends RuntimeException {
        TimedOut(Duration limit) {
            super("extraction stopped after " + (limit.toMillis() % 1000 == 0 ? limit.toSeconds() + " s" : limit.toMillis() + " ms")
                    + " (the per-article time limit)", null, false, false);
        }
    }

    private final Function<Article, Extraction> extractor;
    private final int threads;
    private final Duration timeout;
    private final Runnable prepare;
    private boolean prepared;

    /**
     * @param prepare run once, before the first article's clock starts: loading the models takes longer than an
     *                article may (and is only worth doing once an article has been read)
     */
    OrderedExtraction(Function<Article, Extraction> extractor, int threads, Duration timeout, Runnable prepare) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1: " + threads);
        if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("timeout must be positive: " + timeout);
        this.extractor = extractor;
        this.threads = threads;
        this.timeout = timeout;
        this.prepare = prepare;
    }

    private synchronized void prepareOnce() {
        if (prepared) return;
        prepare.run();
        prepared = true;
    }

    /** One submitted article; the clock starts when a pool thread picks it up, not while it waits in the queue. */
    private final class Job {
        final Article article;
        volatile long startedNanos;
        Future<Outcome> future;

        Job(Article article) {
            this.article = article;
        }

        Outcome run() {
            try {
                prepareOnce();
            } catch (RuntimeException e) {
                return new Outcome(article, null, e);
            }
            startedNanos = System.nanoTime();
            return extractOne(article);
        }
    }

    /** Feeds {@code sink} one outcome per article, in the order of {@code articles}, on the calling thread. */
    void run(Iterator<Article> articles, Consumer<Outcome> sink) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "standpoint-extract");
            t.setDaemon(true);
            return t;
        });
        Deque<Job> inFlight = new ArrayDeque<>();
        try {
            while (articles.hasNext()) {
                Job job = new Job(articles.next());
                job.future = pool.submit(job::run);
                inFlight.add(job);
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

    private Outcome await(Job job) {
        try {
            while (true) {
                long started = job.startedNanos;
                long wait = started == 0 ? TimeUnit.MILLISECONDS.toNanos(100)
                        : timeout.toNanos() - (System.nanoTime() - started);
                try {
                    return job.future.get(Math.max(wait, 0), TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    if (job.startedNanos != 0 && System.nanoTime() - job.startedNanos >= timeout.toNanos()) {
                        // CoreNLP's annotators check the interrupt flag; the thread is then free for the next one
                        job.future.cancel(true);
                        return new Outcome(job.article, null, new TimedOut(timeout));
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            // extractOne catches what it can; anything else (OutOfMemoryError) ends the run
            throw new IllegalStateException(e.getCause());
        }
    }
}
