package org.standpoint.resolve;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The external knowledge bases actors are linked to ({@code owl:sameAs}, docs/data-model.md): their entity
 * namespaces, and where a person looks one up by name while no link has been made.
 */
public final class KnowledgeBases {
    public static final String WIKIDATA_ENTITY = "http://www.wikidata.org/entity/";
    public static final String DBPEDIA_RESOURCE = "http://dbpedia.org/resource/";

    private static final String WIKIDATA_SEARCH = "https://www.wikidata.org/w/index.php?search=";
    private static final String DBPEDIA_PAGE = "https://dbpedia.org/page/";

    private KnowledgeBases() {
    }

    public static boolean isWikidata(String iri) {
        return iri.startsWith(WIKIDATA_ENTITY);
    }

    public static boolean isDbpedia(String iri) {
        return iri.startsWith(DBPEDIA_RESOURCE);
    }

    /** Wikidata's search for a name. */
    public static String wikidataSearch(String name) {
        return WIKIDATA_SEARCH + URLEncoder.encode(name, StandardCharsets.UTF_8);
    }

    /** DBpedia's page for the Wikipedia title a name would have ("Cressida Dick" → Cressida_Dick): a guess, not a link. */
    public static String dbpediaGuess(String name) {
        String title = name.strip().replace(' ', '_');
        return DBPEDIA_PAGE + URLEncoder.encode(title, StandardCharsets.UTF_8).replace("%2C", ",");
    }
}
