package org.standpoint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.standpoint.ingest.Ingest;
import org.standpoint.model.Actor;
import org.standpoint.model.ActorType;
import org.standpoint.model.Article;
import org.standpoint.model.Extraction;
import org.standpoint.model.Issue;
import org.standpoint.model.Stance;
import org.standpoint.model.Statement;
import org.standpoint.store.Fixtures;
import org.standpoint.store.Store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Issue grouping does not depend on load order (issue #16): articles loaded newest first end up grouped, named and
 * linked exactly as the same articles loaded oldest first, because a run that stored an article older than one before
 * it groups every stored issue again in date order. Real embedding model and store; articles written for the test.
 */
class IssueOrderTest {
    private static final Extraction EARLY = article("a1", "2005-01-10", new Issue("i1", "control orders for terror suspects",
            "control-orders-for-terror-suspects",
            "Control orders for terror suspects. The home secretary wants control orders for terror suspects who cannot be tried.",
            List.of("control orders", "terror suspects"), List.of("Home Office")));
    private static final Extraction LATER = article("a2", "2005-02-01", new Issue("i1", "control orders", "control-orders",
            "Peers vote down control orders. The Lords defeated the government's plans for control orders for terror suspects.",
            List.of("terror suspects", "house arrest"), List.of("House of Lords")));
    private static final Extraction OTHER = article("a3", "2005-03-01", new Issue("i1", "new penguin enclosure",
            "new-penguin-enclosure", "Zoo opens penguin enclosure. The zoo has opened a new enclosure for its penguins.",
            List.of("penguin colony"), List.of("Zoo")));

    @Test
    void newestFirstGivesTheGroupingOfOldestFirst() {
        Map<String, String> oldestFirst = load(List.of(EARLY, LATER, OTHER));
        Map<String, String> newestFirst = load(List.of(OTHER, LATER, EARLY));
        Map<String, String> shuffled = load(List.of(LATER, OTHER, EARLY));
        assertEquals("control orders for terror suspects", oldestFirst.get("a1"));
        assertEquals(oldestFirst.get("a1"), oldestFirst.get("a2"), "the later article joins the concept the earlier founded");
        assertNotEquals(oldestFirst.get("a1"), oldestFirst.get("a3"));
        assertEquals(oldestFirst, newestFirst);
        assertEquals(oldestFirst, shuffled);
    }

    /** Article key → the label of its statement's issue, then every issue concept with its labels. */
    private static Map<String, String> load(List<Extraction> order) {
        try (Store store = Store.inMemory()) {
            Ingest ingest = Ingest.create().into(store, Bundled.vocabulary()).build();
            for (Extraction x : order) ingest.store(x);
            ingest.regroupIfOutOfOrder();
            Map<String, String> out = new TreeMap<>();
            for (Map<String, String> row : Fixtures.select(store, """
                    SELECT ?g ?label { GRAPH ?g { ?s stp:issue ?i . ?r stp:groupedUnder ?i } ?i skos:prefLabel ?label }""")) {
                out.put(row.get("g").replaceAll(".*/", ""), row.get("label"));
            }
            List<String> concepts = new ArrayList<>();
            for (Map<String, String> row : Fixtures.select(store, """
                    SELECT ?i (GROUP_CONCAT(?l; separator=", ") AS ?labels) {
                      GRAPH ?r { ?i skos:inScheme ?scheme ; skos:prefLabel|skos:altLabel|skos:hiddenLabel ?l } FILTER(CONTAINS(STR(?i), "/issue/")) }
                    GROUP BY ?i ORDER BY ?i""")) {
                concepts.add(row.get("i") + " " + String.join(", ", new java.util.TreeSet<>(List.of(row.get("labels").split(", ")))));
            }
            out.put("concepts", String.join("; ", concepts));
            return out;
        }
    }

    private static Extraction article(String key, String date, Issue issue) {
        String text = "Ms Smith said: \u201cThis is wrong for " + key + ".\u201d";
        Actor smith = new Actor("p0", ActorType.PERSON, "Ms Smith", List.of(), null, null,
                List.of(CorrectionCommandsTest.span(text, "Ms Smith")));
        Statement said = new Statement("p0", "p0", CorrectionCommandsTest.span(text, "This is wrong for " + key + "."),
                smith.mentions().get(0), null, true, Stance.OPPOSE, "i1", null, 0.9);
        return new Extraction(new Article(key, null, issue.context().split("\\. ")[0], date, null, text, key + ".txt"),
                List.of(smith), List.of(), List.of(issue), List.of(said));
    }
}
