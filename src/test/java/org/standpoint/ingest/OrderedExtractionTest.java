package org.standpoint.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.standpoint.model.Article;
import org.standpoint.model.Extraction;

/** The per-article time limit: a runaway article is stopped and reported, the others come out in order. */
class OrderedExtractionTest {
    @Test
    void anArticlePastTheTimeLimitIsReportedAndTheBatchGoesOn() {
        List<Article> articles = new ArrayList<>();
        for (String key : List.of("a", "slow", "b", "c", "stuck", "d")) articles.add(new Article(key, null, key, null, null, key, "in/" + key));
        // Stands in for CoreNLP: "slow" sleeps (interruptibly), "stuck" spins without looking at its interrupt flag.
        Function<Article, Extraction> extractor = a -> {
            if (a.key().equals("slow")) sleep(Duration.ofMinutes(10));
            if (a.key().equals("stuck")) spin(Duration.ofSeconds(5));
            return new Extraction(a, List.of(), List.of(), List.of(), List.of());
        };
        List<OrderedExtraction.Outcome> outcomes = new ArrayList<>();
        new OrderedExtraction(extractor, 2, Duration.ofMillis(500), () -> sleep(Duration.ofSeconds(1))).run(articles.iterator(), outcomes::add);

        assertEquals(List.of("a", "slow", "b", "c", "stuck", "d"), outcomes.stream().map(o -> o.article().key()).toList());
        for (OrderedExtraction.Outcome o : outcomes) {
            if (o.article().key().equals("slow") || o.article().key().equals("stuck")) {
                assertInstanceOf(OrderedExtraction.TimedOut.class, o.error());
                assertEquals("extraction stopped after 500 ms (the per-article time limit)", o.problem());
            } else {
                assertNull(o.error(), o.article().key());
                assertEquals(o.article(), o.extraction().article());
            }
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        }
    }

    private static void spin(Duration d) {
        long end = System.nanoTime() + d.toNanos();
        while (System.nanoTime() < end) Thread.onSpinWait();
    }
}
