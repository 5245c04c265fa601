package org.standpoint.bench;

import edu.stanford.nlp.pipeline.CoreDocument;
import org.standpoint.cli.Main;
import org.standpoint.model.Article;
import org.standpoint.nlp.NlpPipeline;
import org.standpoint.read.ArticleReader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Extraction: the bare CoreNLP pipeline (same annotators, same articles, the work queue {@code load} uses) against
 * {@code standpoint load} end to end into a new database, with 1 and 2 threads. Run with
 * {@code -Dstandpoint.annotators=…} to measure another annotator set. {@code ExtractionBench DIR WORKDIR}.
 */
public final class ExtractionBench {
    private ExtractionBench() {
    }

    public static void main(String[] args) throws Exception {
        Path input = Path.of(args[0]);
        Path work = Files.createDirectories(Path.of(args[1]));
        List<Article> articles = new ArticleReader().readAll(List.of(input)).articles();
        System.out.println("annotators: " + NlpPipeline.properties().getProperty("annotators"));
        NlpPipeline.annotate(articles.get(0).text()); // load the models and warm up outside the timings
        for (int threads : new int[] {1, 2}) {
            double bare = bare(articles, threads);
            long t = System.nanoTime();
            int code = Main.run("load", input.toString(), "--db", work.resolve("db-" + threads + "-" + System.nanoTime()).toString(),
                    "--threads", String.valueOf(threads));
            double load = (System.nanoTime() - t) / 1e9;
            if (code != 0) System.out.println("load exit code " + code);
            System.out.printf(Locale.ROOT, "%d thread(s), %d articles: CoreNLP alone %.1f s (%.2f articles/s); load %.1f s "
                            + "(%.2f articles/s); Standpoint's own work +%.0f%% (target <= 15%%)%n", threads, articles.size(),
                    bare, articles.size() / bare, load, articles.size() / load, 100 * (load / bare - 1));
        }
    }

    private static double bare(List<Article> articles, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long t = System.nanoTime();
        List<Future<CoreDocument>> done = articles.stream().map(a -> pool.submit(() -> NlpPipeline.annotate(a.text()))).toList();
        for (Future<CoreDocument> f : done) f.get();
        pool.shutdown();
        return (System.nanoTime() - t) / 1e9;
    }
}
