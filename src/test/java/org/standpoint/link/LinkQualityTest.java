package org.standpoint.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standpoint.rdf.WD;
import org.standpoint.store.Store;

/**
 * Linking precision and recall on the fixture, printed with every decision: precision = correct links / links made,
 * recall = correct links / actors that have an item. Run alone to read the table:
 * {@code ./mvnw -o -q test -Dtest=LinkQualityTest}.
 */
class LinkQualityTest extends WithWikidataFixture {
    @TempDir
    Path dir;


    record Score(int made, int correct, int gold) {
        double precision() {
            return made == 0 ? 1 : (double) correct / made;
        }

        double recall() {
            return gold == 0 ? 1 : (double) correct / gold;
        }
    }

    Score measure(String name, LinkSettings settings) throws EndpointException {
        try (Store store = LinkFixtures.store(dir.resolve(name))) {
            LinkReport report = new Linker(store, LinkerTest.fast(wikidata.endpoint()), settings).run();
            Map<String, String> links = LinkerTest.sameAs(store);
            int made = 0;
            int correct = 0;
            int gold = 0;
            System.out.println("== " + name + ": " + report.line());
            for (Decision d : report.decisions()) {
                String want = LinkFixtures.GOLD.get(d.actor().iri());
                String got = links.get(d.actor().iri());
                if (want != null) gold++;
                if (got != null) made++;
                if (got != null && got.equals(want)) correct++;
                StringBuilder line = new StringBuilder(String.format("%-22s gold %-9s linked %-9s |",
                        d.actor().label(), want, got));
                for (Scored s : d.candidates()) line.append(' ').append(s.qid()).append('=').append(s.confidence());
                System.out.println(line);
            }
            Score score = new Score(made, correct, gold);
            System.out.printf("   precision %.2f (%d/%d)  recall %.2f (%d/%d)%n",
                    score.precision(), correct, made, score.recall(), correct, gold);
            return score;
        }
    }

    @Test
    void precisionAndRecallOnTheFixture() throws EndpointException {
        Score plain = measure("defaults", LinkSettings.defaults());
        assertEquals(1.0, plain.precision(), "no wrong link");
        assertTrue(plain.recall() >= 0.75, "recall " + plain.recall());
        // Telling the linker which country the news is about links the organisations only their name and country
        // identify, and still links nothing wrong.
        Score uk = measure("country-uk", LinkSettings.defaults().withCountries(Set.of("Q145")));
        assertEquals(1.0, uk.precision(), "no wrong link");
        assertTrue(uk.recall() >= plain.recall());
        assertTrue(WD.qid(WD.ENTITY + "Q145").equals("Q145"));
    }
}
