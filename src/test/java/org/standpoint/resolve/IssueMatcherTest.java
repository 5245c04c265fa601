package org.standpoint.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.standpoint.iri.Iris;
import org.standpoint.model.Article;
import org.standpoint.model.Extraction;
import org.standpoint.model.Issue;
import org.standpoint.model.IssueConcept;
import org.standpoint.model.IssueCorrections;

/** Issue matching with the real embedding model, on issues written for this test. */
class IssueMatcherTest {
    private static final Issue FARES = new Issue("i1", "bus fare rise", "bus-fare-rise",
            "Council to raise bus fares by ten per cent. The city council plans to raise bus fares across the city from April.",
            List.of("bus fares", "fare increase"), List.of("City Council"));
    private static final Issue FARES_AGAIN = new Issue("i1", "bus fare increase", "bus-fare-increase",
            "Anger over bus fare increase. Passengers condemned the council's plan to raise bus fares from April.",
            List.of("bus fares", "fare rise"), List.of("City Council"));
    private static final Issue ZOO = new Issue("i1", "new penguin enclosure", "new-penguin-enclosure",
            "Zoo opens penguin enclosure. The zoo has opened a new enclosure for its colony of penguins.",
            List.of("penguin colony"), List.of("Zoo"));

    private static Extraction article(String key, Issue issue) {
        return new Extraction(new Article(key, null, null, null, null, issue.context(), key), List.of(), List.of(),
                List.of(issue), List.of());
    }

    private static ResolvedIssue resolve(IssueMatcher m, String key, Issue issue) {
        return m.resolve(article(key, issue)).get("i1");
    }

    @Test
    void theSameIssueInTwoArticlesIsOneConceptAndAnotherIssueIsNot() {
        IssueMatcher m = new IssueMatcher(Iris.standard());
        ResolvedIssue first = resolve(m, "a1", FARES);
        ResolvedIssue second = resolve(m, "a2", FARES_AGAIN);
        ResolvedIssue zoo = resolve(m, "a3", ZOO);
        assertTrue(first.created());
        assertEquals(Iris.standard().issue("bus-fare-rise"), first.iri());
        assertEquals(first.iri(), second.iri());
        assertFalse(second.created());
        assertEquals("bus fare rise", second.label(), "the first article names the concept");
        assertNotEquals(first.iri(), zoo.iri());
        assertTrue(zoo.related().isEmpty() && zoo.broader().isEmpty());
    }

    @Test
    void aDeclaredIssueIsTheConceptOfItsKeyNeverASimilarOne() {
        IssueMatcher m = new IssueMatcher(Iris.standard());
        ResolvedIssue found = resolve(m, "a1", FARES);
        Issue declared = FARES_AGAIN.declaredAs("bus fare freeze", "bus-fare-freeze");
        assertTrue(IssueMatcher.score(FARES, declared) >= IssueMatcher.SAME, "similar enough to be merged if found");
        ResolvedIssue first = resolve(m, "a2", declared);
        assertEquals(Iris.standard().issue("bus-fare-freeze"), first.iri());
        assertNotEquals(found.iri(), first.iri());
        assertEquals("bus fare freeze", first.label());
        ResolvedIssue again = resolve(m, "a3", ZOO.declaredAs("bus fare freeze", "bus-fare-freeze"));
        assertEquals(first.iri(), again.iri(), "another article declaring it joins it, whatever its text");
        assertFalse(again.created());
    }

    @Test
    void aConceptReadBackFromTheStoreMatchesLikeTheIssueThatFoundedIt() {
        IssueConcept stored = new IssueConcept(Iris.standard().issue("bus-fare-rise"), "bus fare rise",
                List.of(FARES.context()), List.of("bus fare rise", "bus fares", "fare increase"));
        assertTrue(IssueMatcher.score(FARES, FARES) > 1.0);
        IssueMatcher m = new IssueMatcher(Iris.standard());
        m.reset(List.of(stored), IssueCorrections.NONE);
        assertEquals(stored.iri(), resolve(m, "a1", FARES).iri());
    }

    @Test
    void correctionsRedirectMergedConceptsAndKeepRenamedLabels() {
        String fares = Iris.standard().issue("bus-fare-rise");
        String zoo = Iris.standard().issue("new-penguin-enclosure");
        IssueConcept stored = new IssueConcept(fares, "bus fare rise", List.of(FARES.context()),
                List.of("bus fare rise", "bus fares", "fare increase"));
        IssueMatcher m = new IssueMatcher(Iris.standard());
        m.reset(List.of(stored), new IssueCorrections(Map.of(fares, "public transport prices"), Map.of(zoo, fares)));
        ResolvedIssue again = resolve(m, "a2", FARES_AGAIN);
        assertEquals(fares, again.iri());
        assertEquals("public transport prices", again.label());
        ResolvedIssue merged = resolve(m, "a3", ZOO);
        assertEquals(fares, merged.iri(), "an issue whose own concept was merged resolves to the one it went into");
    }
}
