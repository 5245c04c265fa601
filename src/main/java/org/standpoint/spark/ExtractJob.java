package org.standpoint.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.util.LongAccumulator;
import org.standpoint.iri.Iris;
import org.standpoint.rdf.XmlParsing;
import org.standpoint.read.ArticleReader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Extraction on Spark: {@code spark-submit --class org.standpoint.spark.ExtractJob standpoint.jar IN… OUT
 * [--base IRI] [--partitions N]}. The driver lists the input files; executors read, extract and map them, one
 * CoreNLP pipeline per executor JVM, and write N-Quads shards (text part files) to OUT, which must not exist.
 * {@code standpoint import OUT --db DIR} then bulk-loads them. The graphs and IRIs are those {@code load} writes:
 * keys come from URL or text, and actors from their names, so where an article is extracted does not matter.
 */
public final class ExtractJob {
    /** What a run did; errors are files or articles that could not be read or extracted (logged one per line). */
    public record Summary(long articles, long statements, long errors) {
        public String line() {
            return String.format(Locale.ROOT, "extracted %d articles: %d statements; %d errors", articles, statements, errors);
        }
    }

    private ExtractJob() {
    }

    public static void main(String[] args) {
        XmlParsing.useJdkParser();
        Arguments a;
        try {
            a = Arguments.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.err.println("usage: ExtractJob IN... OUT [--base IRI] [--partitions N]");
            System.exit(2);
            return;
        }
        SparkConf conf = new SparkConf().setAppName("standpoint extract").setIfMissing("spark.master", "local[*]");
        Summary s;
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            s = run(sc, a.inputs(), a.output(), a.base(), a.partitions());
        }
        System.err.println(s.line());
        System.exit(s.errors() == 0 ? 0 : 1);
    }

    /** @param partitions how many shards; 0 for four per core, so a slow article does not hold up a whole core */
    public static Summary run(JavaSparkContext sc, List<Path> inputs, Path output, String base, int partitions) {
        List<String> files = new ArrayList<>();
        long[] readErrors = {0};
        for (Path p : ArticleReader.files(inputs, e -> {
            readErrors[0]++;
            System.err.println("error: " + e.message());
        })) {
            files.add(p.toAbsolutePath().toString());
        }
        int slices = partitions > 0 ? partitions : Math.min(Math.max(files.size(), 1), 4 * sc.defaultParallelism());
        LongAccumulator articles = sc.sc().longAccumulator("articles");
        LongAccumulator statements = sc.sc().longAccumulator("statements");
        LongAccumulator errors = sc.sc().longAccumulator("errors");
        sc.parallelize(files, slices)
                .mapPartitions(new ExtractPartition(base, articles, statements, errors))
                .saveAsTextFile(output.toAbsolutePath().toUri().toString());
        return new Summary(articles.value(), statements.value(), errors.value() + readErrors[0]);
    }

    record Arguments(List<Path> inputs, Path output, String base, int partitions) {
        static Arguments parse(String[] args) {
            List<Path> paths = new ArrayList<>();
            String base = Iris.DEFAULT_BASE;
            int partitions = 0;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--base" -> base = value(args, ++i);
                    case "--partitions" -> partitions = Integer.parseInt(value(args, ++i));
                    default -> paths.add(Path.of(args[i]));
                }
            }
            if (paths.size() < 2) throw new IllegalArgumentException("need at least one input and the output folder");
            return new Arguments(List.copyOf(paths.subList(0, paths.size() - 1)), paths.get(paths.size() - 1), base, partitions);
        }

        private static String value(String[] args, int i) {
            if (i >= args.length) throw new IllegalArgumentException(args[i - 1] + " needs a value");
            return args[i];
        }
    }
}
