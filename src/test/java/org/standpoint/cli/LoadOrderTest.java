package org.standpoint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standpoint.model.Extraction;
import org.standpoint.store.Fixtures;
import org.standpoint.store.Store;

/**
 * Identity across articles on the dev corpus: the same extractions stored in two orders into two fresh TDB2 stores,
 * through the loader's resolve/map/store path, give the same actor IRIs and the same stores; shared actors (Theresa
 * May, the Labour Party, the Home Office) are one IRI across their articles.
 */
class LoadOrderTest {
    private static final String ID = Fixtures.BASE;

    @Test
    void actorIrisAndCountsDoNotDependOnLoadOrder(@TempDir Path dir) {
        List<Extraction> forward = DevCorpus.extractions();
        List<Extraction> backward = new ArrayList<>(forward);
        Collections.reverse(backward);

        Map<String, Set<String>> first;
        Map<String, Set<String>> second;
        Set<String> firstQuads;
        Set<String> secondQuads;
        List<Map<String, String>> firstCounts;
        try (Store store = Store.open(dir.resolve("forward"))) {
            DevCorpus.store(store, forward);
            first = mentions(store);
            firstCounts = counts(store);
            firstQuads = StoreContents.quads(store);
        }
        try (Store store = Store.open(dir.resolve("backward"))) {
            DevCorpus.store(store, backward);
            second = mentions(store);
            secondQuads = StoreContents.quads(store);
            assertEquals(firstCounts, counts(store), "the same number of people and organisations");
        }
        assertEquals(first, second, "every article mentions the same actor IRIs");
        StoreContents.assertSame(StoreContents.withoutIssueConcepts(firstQuads, ID),
                StoreContents.withoutIssueConcepts(secondQuads, ID));

        // the seed article's actors, exactly
        String seed = DevCorpus.article("00").article().key();
        assertEquals(new TreeSet<>(List.of(
                ID + "person/cressida-dick", ID + "person/stephen-house", ID + "person/len-duvall",
                ID + "person/sadiq-khan", ID + "person/lord-harris",
                ID + "org/metropolitan-police", ID + "org/london-assembly", ID + "org/bbc", ID + "org/labour-party",
                ID + "org/met-police-authority", ID + "org/house-of-lords", ID + "org/sadiq-khan-s-office",
                ID + "document/" + seed + "-a-memo")), first.get(seed));

        // actors the articles share are one IRI in each of them
        assertMentionedBy(first, ID + "person/theresa-may", "03", "07", "09");
        assertMentionedBy(first, ID + "org/home-office", "09", "11", "13");
        assertMentionedBy(first, ID + "org/london-assembly", "00", "01");
        assertMentionedBy(first, ID + "org/labour-party", "00", "01", "03", "05", "07", "11", "13");
        // a single name word identifies nobody beyond its article
        String thirteen = DevCorpus.article("13").article().key();
        assertTrue(first.get(thirteen).contains(ID + "person/" + thirteen + "-umma"), first.get(thirteen)::toString);
    }

    @Test
    void correctionsOnRealArticlesSurviveReloadingInAnotherOrder(@TempDir Path dir) {
        Path db = dir.resolve("db");
        List<Extraction> forward = DevCorpus.extractions();
        try (Store store = Store.open(db)) {
            DevCorpus.store(store, forward);
        }
        // Scotland Yard is the Metropolitan Police; the Theresa May of article 09 is taken for someone else
        Cli merge = Cli.run("merge", "org/metropolitan-police", "org/scotland-yard", "--db", db.toString());
        assertEquals(0, merge.exitCode(), merge::toString);
        String nine = DevCorpus.article("09").article().key();
        Cli split = Cli.run("split", "person/theresa-may", "--article", nine, "--db", db.toString());
        assertEquals(0, split.exitCode(), split::toString);

        Set<String> corrected;
        try (Store store = Store.open(db)) {
            Map<String, Set<String>> mentions = mentions(store);
            assertMentionedBy(mentions, ID + "person/theresa-may", "03", "07");
            assertMentionedBy(mentions, ID + "person/theresa-may-" + nine, "09");
            assertMentionedBy(mentions, ID + "org/scotland-yard");
            assertTrue(mentions.get(DevCorpus.article("01").article().key()).contains(ID + "org/metropolitan-police"));
            assertEquals(List.of(Map.of("m", ID + "membership/bernard-hogan-howe--metropolitan-police-commissioner")),
                    Fixtures.select(store, "SELECT ?m { ?m <http://www.w3.org/ns/org#member> <" + ID + "person/bernard-hogan-howe> }"));
            assertTrue(Fixtures.select(store, "SELECT ?alt { <" + ID + "org/metropolitan-police> skos:altLabel ?alt }")
                    .contains(Map.of("alt", "Scotland Yard")));
            corrected = StoreContents.quads(store);
        }

        List<Extraction> backward = new ArrayList<>(forward);
        Collections.reverse(backward);
        try (Store store = Store.open(db)) {
            DevCorpus.store(store, backward);
            // identity corrections are order-free; which issue concept an article joins may differ by load order
            // (documented: the first article of an issue names it), as in the test above
            StoreContents.assertSame(StoreContents.withoutIssueConcepts(corrected, ID),
                    StoreContents.withoutIssueConcepts(StoreContents.quads(store), ID));
        }
    }

    private static void assertMentionedBy(Map<String, Set<String>> mentions, String actor, String... stems) {
        Set<String> expected = new TreeSet<>();
        for (String stem : stems) expected.add(DevCorpus.article(stem).article().key());
        Set<String> actual = new TreeSet<>();
        mentions.forEach((article, actors) -> {
            if (actors.contains(actor)) actual.add(article);
        });
        assertEquals(expected, actual, actor);
    }

    /** Article key → the actor IRIs its graph mentions. */
    private static Map<String, Set<String>> mentions(Store store) {
        Map<String, Set<String>> out = new TreeMap<>();
        for (Map<String, String> row : Fixtures.select(store, "SELECT ?a ?actor { GRAPH ?g { ?a <http://schema.org/mentions> ?actor } }")) {
            out.computeIfAbsent(row.get("a").substring((ID + "article/").length()), k -> new TreeSet<>()).add(row.get("actor"));
        }
        return out;
    }

    private static List<Map<String, String>> counts(Store store) {
        List<Map<String, String>> counts = Fixtures.select(store, """
                SELECT (COUNT(DISTINCT ?p) AS ?people) (COUNT(DISTINCT ?o) AS ?organisations) {
                  { GRAPH <%1$s> { ?p a <http://xmlns.com/foaf/0.1/Person> } }
                  UNION { GRAPH <%1$s> { ?o a <http://www.w3.org/ns/org#Organization> } } }""".formatted(store.iris().registryGraph()));
        assertTrue(Integer.parseInt(counts.get(0).get("people")) >= 39, counts::toString);
        return counts;
    }
}
