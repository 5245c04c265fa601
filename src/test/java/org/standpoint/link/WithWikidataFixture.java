package org.standpoint.link;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Tests that talk to the Wikidata-shaped test endpoint: one real Fuseki per test class. */
public abstract class WithWikidataFixture {
    protected static WikidataFixture wikidata;

    @BeforeAll
    static void startWikidata() {
        wikidata = new WikidataFixture();
    }

    @AfterAll
    static void stopWikidata() {
        wikidata.close();
    }
}
