package org.standpoint.bench;

import org.standpoint.store.Store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The cost of writing one more article into a large archive ({@code standpoint load} into a database that holds
 * {@link GraphGenerator}'s 100,000): each write replaces the article's graph and refreshes the positions, rankings
 * and role sightings it touches, whose size grows with the popularity of its actors and issue. Prints per-article
 * write time (p50, p95, max) beside the 100 ms target, a fraction of CoreNLP's seconds per article.
 * {@code WriteBench DB [ARTICLES=200]}: DB is changed, so give it a copy.
 */
public final class WriteBench {
    private WriteBench() {
    }

    public static void main(String[] args) {
        Path db = Path.of(args[0]);
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        // a seed and indices the archive has not seen: new articles about the same Zipf-popular actors and issues
        GraphGenerator generator = new GraphGenerator(7);
        List<Double> ms = new ArrayList<>();
        try (Store store = Store.open(db)) {
            for (int i = 0; i < n; i++) {
                GraphGenerator.Written w = generator.graph(1_000_000 + i);
                long t = System.nanoTime();
                store.writeArticle(w.graphIri(), w.article(), w.registry());
                ms.add((System.nanoTime() - t) / 1e6);
            }
        }
        List<Double> warm = new ArrayList<>(ms.subList(Math.min(10, ms.size() / 2), ms.size()));
        Collections.sort(warm);
        System.out.printf(Locale.ROOT, "%d articles written (first 10 not counted): p50 %.1f ms, p95 %.1f ms, max %.1f ms; mean %.1f ms%n",
                n, warm.get((warm.size() - 1) / 2), warm.get((int) Math.ceil(0.95 * warm.size()) - 1), warm.get(warm.size() - 1),
                warm.stream().mapToDouble(Double::doubleValue).average().orElse(0));
    }
}
