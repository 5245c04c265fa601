package org.standpoint.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standpoint.store.Store;

/**
 * Linking the actors of {@code ../shared/corpus/bbc-dev} (16 BBC politics articles, loaded by {@code standpoint load}
 * with the real pipeline) against a Wikidata-shaped fixture of their items and look-alikes
 * ({@code src/test/resources/link/bbc-dev-fixture.ttl}, gold in {@code bbc-dev-gold.tsv}), with every kind of evidence
 * and without each, the table printed ({@code ./mvnw -o -q test -Dtest=BbcDevLinkQualityTest}). Skips without
 * ../shared.
 */
class BbcDevLinkQualityTest {
    @TempDir
    Path dir;

    @Test
    void precisionAndRecallWithEachKindOfEvidence() throws Exception {
        Path raw = Path.of(System.getProperty("standpoint.shared", "../shared"), "corpus", "bbc-dev", "raw");
        assumeTrue(Files.isDirectory(raw), "no shared bbc-dev corpus at " + raw);
        Path db = dir.resolve("db");
        LinkGold.load(raw, db);
        LinkGold gold = LinkGold.read(Path.of("src/test/resources/link/bbc-dev-gold.tsv"));

        try (WikidataFixture wikidata = new WikidataFixture("src/test/resources/link/bbc-dev-fixture.ttl");
             Store store = Store.open(db)) {
            Map<String, LinkGold.Score> table = new LinkedHashMap<>();
            for (Evidence e : Evidence.values()) {
                Set<Evidence> without = EnumSet.allOf(Evidence.class);
                without.remove(e);
                table.put("without " + e.name().toLowerCase().replace('_', ' '),
                        gold.measure(store, wikidata, LinkSettings.defaults().withEvidence(without)));
            }
            table.put("none of these four (name, type, roles, dates, members)",
                    gold.measure(store, wikidata, LinkSettings.defaults().withEvidence(Set.of())));
            LinkGold.Score all = gold.measure(store, wikidata, LinkSettings.defaults());
            table.put("all (defaults)", all);
            System.out.println("| evidence | links | precision | recall | wrong | missed |");
            System.out.println("|---|---|---|---|---|---|");
            table.forEach((name, s) -> System.out.printf("| %s | %d | %.2f (%d/%d) | %.2f (%d/%d) | %s | %s |%n", name, s.made(),
                    s.precision(), s.correct(), s.made(), s.recall(), s.correct(), s.gold(), s.wrong(), s.missed()));

            Map<String, String> links = LinkGold.byLabel(store);
            assertEquals(gold.item("Tony Blair"), links.get("Tony Blair"), "the only human of that name, in context");
            assertEquals(gold.item("Lord Goldsmith"), links.get("Lord Goldsmith"), "the Attorney General, not the later peer");
            assertEquals(gold.item("Conservative Party"), links.get("Conservative Party"), "the UK's, not Norway's");
            assertEquals(gold.item("Audit Commission"), links.get("Audit Commission"), "the UK's, not Hong Kong's");
            assertNull(links.get("David Frost"), "neither David Frost of the fixture is the BCC's director general");
            assertNull(links.get("Andrew Hogg"), "a Maltese footballer is no torture charity's spokesman");
            assertNull(links.get("Green Party"), "Eleanor Scott's party is the Scottish Greens, not England and Wales's");
            assertEquals(1.0, all.precision(), "wrong links: " + all.wrong());
            assertTrue(all.recall() >= 0.9, "recall " + all.recall() + ", missed: " + all.missed());
        }
    }
}
