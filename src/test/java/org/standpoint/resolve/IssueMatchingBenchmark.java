package org.standpoint.resolve;

import org.standpoint.extract.Extractor;
import org.standpoint.iri.Iris;
import org.standpoint.model.Article;
import org.standpoint.model.Extraction;
import org.standpoint.model.Issue;
import org.standpoint.model.IssueCorrections;
import org.standpoint.nlp.Embeddings;
import org.standpoint.read.ArticleReader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Prints each dev article's issue, the concept it resolves to in input order, the pairwise scores, the embedding
 * model's load time and the matching cost per article. Run with the test classpath from the project root.
 */
public final class IssueMatchingBenchmark {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/corpus/dev/raw");
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
        }
        Extractor extractor = new Extractor();
        List<Extraction> xs = new ArrayList<>();
        try (Stream<Article> articles = new ArticleReader().read(files, e -> System.out.println(e.message()))) {
            articles.forEach(a -> xs.add(extractor.extract(a)));
        }
        long t0 = System.nanoTime();
        Embeddings.of("warm up");
        System.out.printf("embedding model load: %.0f ms%n", (System.nanoTime() - t0) / 1e6);
        IssueMatcher matcher = new IssueMatcher(Iris.standard());
        matcher.reset(List.of(), IssueCorrections.NONE);
        long t1 = System.nanoTime();
        for (Extraction x : xs) {
            Issue i = x.issues().get(0);
            ResolvedIssue r = matcher.resolve(x).get(i.id());
            System.out.printf("%s%n  label: %s%n  phrases: %s%n  concept: %s%s%s%s%n", x.article().origin(), i.label(),
                    i.keyPhrases(), r.iri(), r.created() ? " (new)" : "", r.broader().isEmpty() ? "" : " broader " + r.broader(),
                    r.related().isEmpty() && r.narrower().isEmpty() ? "" : " related " + r.related() + " narrower of " + r.narrower());
        }
        System.out.printf("matching: %.1f ms per article over %d articles%n", (System.nanoTime() - t1) / 1e6 / xs.size(), xs.size());
        for (Extraction a : xs) {
            StringBuilder b = new StringBuilder(String.format("%-8s", a.article().origin().replaceAll(".*/", "")));
            for (Extraction c : xs) b.append(String.format(" %5.2f", IssueMatcher.score(a.issues().get(0), c.issues().get(0))));
            System.out.println(b);
        }
    }
}
