package org.standpoint.bench;

import edu.stanford.nlp.pipeline.CoreDocument;
import org.standpoint.cli.Main;
import org.standpoint.model.Article;
import org.standpoint.nlp.NlpPipeline;
import org.standpoint.read.ArticleReader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Extraction: the bare CoreNLP pipeline (same annotators, same articles, the work queue {@code load} uses) against
 * {@code standpoint load} end to end into a new database, with 1 and 2 threads. The four passes are repeated in
 * rounds, the order reversed every other round, so a change in the machine's load between passes shows as spread
 * rather than as a ratio; the best of each is reported. Run with {@code -Dstandpoint.annotators=…} to measure another
 * annotator set. {@code ExtractionBench WORKDIR ROUNDS DIR [DIR…]}: fixed costs of a run (a new database,
 * the vocabulary) weigh less the more articles the directories hold.
 */
public final class ExtractionBench {
    private ExtractionBench() {
    }

    private record Pass(String kind, int threads) {
    }

    public static void main(String[] args) throws Exception {
        Path work = Files.createDirectories(Path.of(args[0]));
        int rounds = Integer.parseInt(args[1]);
        List<Path> input = Arrays.stream(args).skip(2).map(Path::of).toList();
        List<Article> articles = new ArticleReader().readAll(input).articles();
        System.out.println("annotators: " + NlpPipeline.properties().getProperty("annotators") + "; " + articles.size()
                + " articles; " + Runtime.getRuntime().availableProcessors() + " cores");
        long warm = System.nanoTime();
        NlpPipeline.annotate(articles.get(0).text()); // load the models and warm up outside the timings
        System.out.printf(Locale.ROOT, "model load + first article: %.1f s%n", (System.nanoTime() - warm) / 1e9);
        List<Pass> passes = new ArrayList<>(List.of(new Pass("bare", 1), new Pass("load", 1), new Pass("bare", 2),
                new Pass("load", 2)));
        double[][] best = {{Double.MAX_VALUE, Double.MAX_VALUE}, {Double.MAX_VALUE, Double.MAX_VALUE}};
        for (int round = 1; round <= rounds; round++) {
            StringBuilder line = new StringBuilder("round " + round + ":");
            for (Pass p : passes) {
                double s = p.kind.equals("bare") ? bare(articles, p.threads) : load(input, work, p.threads);
                int k = p.kind.equals("bare") ? 0 : 1;
                best[k][p.threads - 1] = Math.min(best[k][p.threads - 1], s);
                line.append(String.format(Locale.ROOT, "  %s×%d %.1f s", p.kind, p.threads, s));
            }
            System.out.println(line);
            Collections.reverse(passes);
        }
        for (int threads = 1; threads <= 2; threads++) {
            double bare = best[0][threads - 1];
            double load = best[1][threads - 1];
            System.out.printf(Locale.ROOT, "%d thread(s), best of %d: CoreNLP alone %.1f s (%.3f articles/s); load %.1f s "
                            + "(%.3f articles/s); Standpoint's own work %+.1f%% (target <= +15%%)%n", threads, rounds,
                    bare, articles.size() / bare, load, articles.size() / load, 100 * (load / bare - 1));
        }
        System.out.printf(Locale.ROOT, "2 threads / 1 thread: CoreNLP alone %.2f×, load %.2f× (target >= 1.7×)%n",
                best[0][0] / best[0][1], best[1][0] / best[1][1]);
    }

    private static double load(List<Path> input, Path work, int threads) {
        List<String> args = new ArrayList<>(List.of("load"));
        input.forEach(p -> args.add(p.toString()));
        args.addAll(List.of("--db", work.resolve("db-" + threads + "-" + System.nanoTime()).toString(), "--threads", String.valueOf(threads)));
        long t = System.nanoTime();
        int code = Main.run(args.toArray(String[]::new));
        if (code != 0) System.out.println("load exit code " + code);
        return (System.nanoTime() - t) / 1e9;
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
