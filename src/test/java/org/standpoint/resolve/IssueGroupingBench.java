package org.standpoint.resolve;

import org.standpoint.extract.Extractor;
import org.standpoint.iri.Iris;
import org.standpoint.model.Article;
import org.standpoint.model.Extraction;
import org.standpoint.model.IssueCorrections;
import org.standpoint.model.IssueReading;
import org.standpoint.nlp.AnnotationCache;
import org.standpoint.read.ArticleReader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * How much issue grouping depends on the order articles come in: extracts a folder once, groups its issues in file
 * order, reversed and in five shuffles, both as loading matches them and in canonical order, and prints for each order the number of concepts and the share of grouped
 * article pairs it has in common with file order; then every concept of two or more articles in file order with its
 * articles' headlines, for checking by hand. Run with the test classpath: {@code IssueGroupingBench DIR [NLP-CACHE]}.
 */
public final class IssueGroupingBench {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Function<String, edu.stanford.nlp.pipeline.CoreDocument> annotator = args.length > 1
                ? new AnnotationCache(Path.of(args[1])) : org.standpoint.nlp.NlpPipeline::annotate;
        List<Article> articles = new ArticleReader().readAll(List.of(dir)).articles();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Extraction>> futures = new ArrayList<>();
        Extractor extractor = new Extractor(annotator);
        for (Article a : articles) futures.add(pool.submit(() -> extractor.extract(a)));
        List<Extraction> xs = new ArrayList<>();
        for (Future<Extraction> f : futures) xs.add(f.get());
        pool.shutdown();

        List<List<Extraction>> orders = new ArrayList<>(List.of(xs));
        List<Extraction> reversed = new ArrayList<>(xs);
        Collections.reverse(reversed);
        orders.add(reversed);
        Random random = new Random(20261206);
        for (int i = 1; i <= 5; i++) {
            List<Extraction> shuffled = new ArrayList<>(xs);
            Collections.shuffle(shuffled, random);
            orders.add(shuffled);
        }
        String[] names = {"file order", "reversed", "shuffle 1", "shuffle 2", "shuffle 3", "shuffle 4", "shuffle 5"};
        System.out.println("each article matched as it comes (loading without regrouping):");
        Map<String, String> reference = group(xs);
        for (int i = 0; i < orders.size(); i++) report(names[i], group(orders.get(i)), reference);
        System.out.println("grouped in canonical order (IssueMatcher.group, what regrouping does):");
        Map<String, String> first = canonical(xs);
        for (int i = 0; i < orders.size(); i++) report(names[i], canonical(orders.get(i)), first);

        joins(xs);
        Map<String, List<Extraction>> byConcept = new TreeMap<>();
        for (Extraction x : xs) byConcept.computeIfAbsent(first.get(x.article().key()), k -> new ArrayList<>()).add(x);
        System.out.println("\nconcepts of two or more articles, canonical order:");
        byConcept.forEach((concept, members) -> {
            if (members.size() < 2) return;
            System.out.println(concept);
            for (Extraction x : members) {
                System.out.printf("  %s  [%s]  %s%n", x.article().origin().replaceAll(".*/", ""),
                        x.issues().get(0).label(), x.article().title());
            }
        });
    }

    /**
     * For each article in canonical order, the concept founder it scores best against among the founders before it:
     * the score, whether it joined (at least {@link IssueMatcher#SAME}), and both headlines. For judging by hand which
     * joins are one measure and which near misses are.
     */
    private static void joins(List<Extraction> xs) {
        List<Extraction> sorted = new ArrayList<>(xs);
        sorted.sort(java.util.Comparator.comparing((Extraction x) -> x.article().date() == null ? "" : x.article().date())
                .thenComparing(x -> x.article().key()));
        List<Extraction> founders = new ArrayList<>();
        System.out.println("\nbest founder before each article (score, joined, article | founder):");
        for (Extraction x : sorted) {
            Extraction best = null;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (Extraction f : founders) {
                double score = IssueMatcher.score(x.issues().get(0), f.issues().get(0));
                if (score > bestScore) {
                    bestScore = score;
                    best = f;
                }
            }
            boolean joined = best != null && bestScore >= IssueMatcher.SAME;
            if (!joined) founders.add(x);
            if (best != null && bestScore >= 0.5) {
                System.out.printf("%.3f %s %s [%s] %s | %s [%s] %s%n", bestScore, joined ? "JOIN " : "apart",
                        name(x), x.issues().get(0).label(), x.article().title(), name(best), best.issues().get(0).label(), best.article().title());
            }
        }
    }

    private static String name(Extraction x) {
        return x.article().origin().replaceAll(".*/", "").replace(".txt", "");
    }

    /** Article key → the concept IRI its first issue resolves to, grouping in the order given. */
    static Map<String, String> group(List<Extraction> order) {
        IssueMatcher matcher = new IssueMatcher(Iris.standard());
        matcher.reset(List.of(), IssueCorrections.NONE);
        Map<String, String> out = new TreeMap<>();
        for (Extraction x : order) {
            if (x.issues().isEmpty()) continue;
            out.put(x.article().key(), matcher.resolve(x).get(x.issues().get(0).id()).iri());
        }
        return out;
    }

    /** The same, grouped with {@link IssueMatcher#group} from readings listed in the order given. */
    static Map<String, String> canonical(List<Extraction> order) {
        IssueMatcher matcher = new IssueMatcher(Iris.standard());
        matcher.reset(List.of(), IssueCorrections.NONE);
        List<IssueReading> readings = new ArrayList<>();
        for (Extraction x : order) {
            if (!x.issues().isEmpty()) readings.add(new IssueReading(x.article().key(), x.article().date(), x.issues().get(0), null));
        }
        Map<String, String> out = new TreeMap<>();
        matcher.group(readings).forEach((r, resolved) -> out.put(r.articleKey(), resolved.iri()));
        return out;
    }

    private static void report(String name, Map<String, String> grouping, Map<String, String> reference) {
        Set<String> pairs = pairs(grouping), ref = pairs(reference);
        Set<String> common = new HashSet<>(pairs);
        common.retainAll(ref);
        Set<String> union = new HashSet<>(pairs);
        union.addAll(ref);
        System.out.printf("%-11s concepts %4d  grouped pairs %5d  in common with file order %5d (Jaccard %.3f)%n", name,
                new HashSet<>(grouping.values()).size(), pairs.size(), common.size(),
                union.isEmpty() ? 1.0 : (double) common.size() / union.size());
    }

    private static Set<String> pairs(Map<String, String> grouping) {
        Map<String, List<String>> members = new TreeMap<>();
        grouping.forEach((article, concept) -> members.computeIfAbsent(concept, k -> new ArrayList<>()).add(article));
        Set<String> out = new HashSet<>();
        for (List<String> m : members.values()) {
            for (int i = 0; i < m.size(); i++) for (int j = i + 1; j < m.size(); j++) out.add(m.get(i) + "|" + m.get(j));
        }
        return out;
    }
}
