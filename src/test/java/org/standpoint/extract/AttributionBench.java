package org.standpoint.extract;

import edu.stanford.nlp.pipeline.CoreDocument;
import org.standpoint.model.Article;
import org.standpoint.nlp.NlpPipeline;
import org.standpoint.read.ArticleReader;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What Standpoint's own extraction costs beside CoreNLP: each article is annotated once (timed: the bare CoreNLP
 * pipeline), then extracted from that annotation {@code ROUNDS} times (timed: attribution tagger, speaker and role
 * resolution, stance, issue). Prints the totals and the share of the extraction in the whole per-article time.
 * {@code AttributionBench ROUNDS DIR [DIR…]}, one thread. It sits in the extract package to call the extractor on a
 * given annotation, so the same source runs against an older build for a before/after figure.
 */
public final class AttributionBench {
    private AttributionBench() {
    }

    public static void main(String[] args) {
        int rounds = Integer.parseInt(args[0]);
        List<Article> articles = new ArticleReader().readAll(Arrays.stream(args).skip(1).map(Path::of).toList()).articles();
        NlpPipeline.annotate(articles.get(0).text()); // load the models outside the timings
        long annotate = 0;
        CoreDocument[] docs = new CoreDocument[articles.size()];
        for (int i = 0; i < articles.size(); i++) {
            long t = System.nanoTime();
            docs[i] = NlpPipeline.annotate(articles.get(i).text());
            annotate += System.nanoTime() - t;
        }
        long best = Long.MAX_VALUE;
        for (int r = 0; r < rounds; r++) {
            long total = 0;
            for (int i = 0; i < articles.size(); i++) {
                long t = System.nanoTime();
                new Extractor().extract(articles.get(i), docs[i]);
                total += System.nanoTime() - t;
            }
            best = Math.min(best, total);
        }
        double n = articles.size();
        System.out.printf(Locale.ROOT, "%d articles: CoreNLP %.1f ms per article, extraction on top %.1f ms per article "
                        + "(best of %d rounds): %.1f %% of the whole%n", articles.size(), annotate / 1e6 / n, best / 1e6 / n,
                rounds, 100.0 * best / (best + annotate));
    }
}
