package org.standpoint.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standpoint.store.Store;

/**
 * The actors a reader links at once, among look-alikes: an article written for this test
 * ({@code src/test/resources/link/control-orders.txt}) loaded with the real pipeline, linked with default options
 * against {@code control-orders-fixture.ttl}. The sole Tony Blair and House of Lords link on context; Human Rights
 * Watch links though its country is not the article's; Liberty is the rights group its director works for; the two
 * Law Societies, which nothing in the article tells apart, stay unlinked.
 */
class ControlOrdersLinkTest {
    @TempDir
    Path dir;

    @Test
    void eachActorLinksToTheItemAReaderWouldPickAndNoneToALookAlike() throws Exception {
        Path db = dir.resolve("db");
        LinkGold.load(Path.of("src/test/resources/link/control-orders.txt"), db);
        LinkGold gold = LinkGold.read(Path.of("src/test/resources/link/control-orders-gold.tsv"));
        try (WikidataFixture wikidata = new WikidataFixture("src/test/resources/link/control-orders-fixture.ttl");
             Store store = Store.open(db)) {
            LinkGold.Score score = gold.measure(store, wikidata, LinkSettings.defaults());
            Map<String, String> links = LinkGold.byLabel(store);
            for (String actor : new String[] {"Tony Blair", "Charles Clarke", "David Davis", "Mark Oaten", "Lord Carlile", "Shami Chakrabarti",
                    "House of Lords", "House of Commons", "Conservative Party", "Liberal Democrats", "Liberty", "Human Rights Watch"}) {
                assertEquals(gold.item(actor), links.get(actor), actor + "; links " + links + "; " + score);
            }
            assertNull(links.get("Law Society"), "two Law Societies, nothing to choose: " + links);
            assertEquals(1.0, score.precision(), score.toString());
        }
    }
}
