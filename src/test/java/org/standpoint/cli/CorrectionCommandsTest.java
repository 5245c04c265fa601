package org.standpoint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standpoint.model.Actor;
import org.standpoint.model.ActorType;
import org.standpoint.model.Article;
import org.standpoint.model.Extraction;
import org.standpoint.model.Issue;
import org.standpoint.model.Membership;
import org.standpoint.model.Span;
import org.standpoint.model.Stance;
import org.standpoint.model.Statement;
import org.standpoint.store.Fixtures;
import org.standpoint.store.Store;

/**
 * {@code standpoint merge} and {@code split} on a TDB2 database: the stored data is rewritten at once, and loading
 * the articles again (through the loader's own resolve/map/store path) writes exactly what the correction left.
 * Two small articles stand in for CoreNLP's output, so the corrections are checked on every actor, membership and
 * statement.
 */
class CorrectionCommandsTest {
    private static final String BASE = Fixtures.BASE;
    private static final String KEY_A = "aaaa1111aaaa";
    private static final String KEY_B = "bbbb2222bbbb";

    @Test
    void aMergeRewritesTheStoreAndSurvivesReloading(@TempDir Path dir) {
        Path db = dir.resolve("db");
        Extraction a = article(KEY_A, "Toby Harris", null, "peer", "House of Lords", true);
        Extraction b = article(KEY_B, "Lord Harris", "Lord", "chair", "Metropolitan Police Authority", false);
        load(db, List.of(a, b));

        Cli merge = Cli.run("merge", "person/lord-harris", BASE + "person/toby-harris", "--db", db.toString());
        assertEquals(0, merge.exitCode(), merge::toString);
        Set<String> corrected;
        try (Store store = Store.open(db)) {
            assertEquals(List.of(), Fixtures.select(store, """
                    SELECT ?g ?s ?p ?o { GRAPH ?g { ?s ?p ?o FILTER(?s = <%1$s> || ?o = <%1$s>) }
                                         FILTER(?g != <%2$s>) }""".formatted(BASE + "person/toby-harris", store.iris().correctionsGraph())),
                    "Toby Harris is gone from everything but the correction");
            assertEquals(List.of(Map.of("label", "Lord Harris")), Fixtures.select(store,
                    "SELECT ?label { <" + BASE + "person/lord-harris> rdfs:label ?label }"));
            assertEquals(List.of(Map.of("alt", "Toby Harris")), Fixtures.select(store,
                    "SELECT ?alt { <" + BASE + "person/lord-harris> skos:altLabel ?alt }"));
            // his statement in article A, and the role he spoke in, are Lord Harris's now
            assertEquals(List.of(Map.of("m", BASE + "membership/lord-harris--house-of-lords-peer")), Fixtures.select(store,
                    "SELECT ?m { GRAPH <" + Fixtures.articleGraph(KEY_A) + "> { ?s stp:speaker <" + BASE + "person/lord-harris> ; "
                            + "stp:capacity ?m . ?m <http://www.w3.org/ns/org#member> <" + BASE + "person/lord-harris> } }"));
            corrected = StoreContents.quads(store);
        }

        // loading both again, in the other order, changes nothing: the correction is applied to every load
        load(db, List.of(b, a));
        try (Store store = Store.open(db)) {
            StoreContents.assertSame(corrected, StoreContents.quads(store));
        }
    }

    @Test
    void aSplitGivesOneArticleItsOwnActorAndSurvivesReloading(@TempDir Path dir) {
        Path db = dir.resolve("db");
        Extraction a = article(KEY_A, "Lord Harris", "Lord", "peer", "House of Lords", true);
        Extraction b = article(KEY_B, "Lord Harris", "Lord", "chair", "Carpetright", true);
        load(db, List.of(a, b));

        Cli split = Cli.run("split", "person/lord-harris", "--article", BASE + "article/" + KEY_B, "--db", db.toString());
        assertEquals(0, split.exitCode(), split::toString);
        String peckham = BASE + "person/lord-harris-" + KEY_B;
        assertEquals(peckham, split.out().strip());
        Set<String> articleA;
        Set<String> articleB;
        try (Store store = Store.open(db)) {
            assertEquals(List.of(Map.of("who", peckham, "m", BASE + "membership/lord-harris-" + KEY_B + "--carpetright-chair")),
                    Fixtures.select(store, "SELECT ?who ?m { GRAPH <" + Fixtures.articleGraph(KEY_B) + "> { ?s stp:speaker ?who ; stp:capacity ?m } }"));
            assertEquals(List.of(Map.of("who", BASE + "person/lord-harris")),
                    Fixtures.select(store, "SELECT ?who { GRAPH <" + Fixtures.articleGraph(KEY_A) + "> { ?s stp:speaker ?who } }"));
            // named so the two can be told apart: the role article B gives the split-off actor
            assertEquals(List.of(Map.of("label", "Lord Harris (chair, Carpetright)")),
                    Fixtures.select(store, "SELECT ?label { <" + peckham + "> a <http://xmlns.com/foaf/0.1/Person> ; rdfs:label ?label }"));
            articleA = StoreContents.quads(store, Fixtures.articleGraph(KEY_A));
            articleB = StoreContents.quads(store, Fixtures.articleGraph(KEY_B));
        }

        load(db, List.of(b, a));
        try (Store store = Store.open(db)) {
            StoreContents.assertSame(articleA, StoreContents.quads(store, Fixtures.articleGraph(KEY_A)));
            // the reload resolves B's Lord Harris to the split-off actor
            StoreContents.assertSame(articleB, StoreContents.quads(store, Fixtures.articleGraph(KEY_B)));
            // and keeps its label: the name read from the article is one more name of it
            assertEquals(List.of(Map.of("label", "Lord Harris (chair, Carpetright)")),
                    Fixtures.select(store, "SELECT ?label { <" + peckham + "> rdfs:label ?label }"));
            assertEquals(List.of(Map.of("alt", "Lord Harris")),
                    Fixtures.select(store, "SELECT ?alt { <" + peckham + "> skos:altLabel ?alt }"));
        }
    }

    @Test
    void mistakesAreRefusedInOneLineAndChangeNothing(@TempDir Path dir) {
        Path db = dir.resolve("db");
        load(db, List.of(article(KEY_A, "Toby Harris", null, "peer", "House of Lords", true)));
        long quads;
        try (Store store = Store.open(db)) {
            quads = store.quadCount();
        }
        for (List<String> args : List.of(
                List.of("merge", "person/toby-harris", "person/toby-harris"),
                List.of("merge", "person/toby-harris", "person/nobody-at-all"),
                List.of("merge", "person/toby-harris", "org/house-of-lords"),
                List.of("split", "person/toby-harris", "--article", KEY_B))) {
            List<String> all = new java.util.ArrayList<>(args);
            all.addAll(List.of("--db", db.toString()));
            Cli run = Cli.run(all.toArray(String[]::new));
            assertEquals(2, run.exitCode(), run::toString);
            assertTrue(run.err().startsWith("error: ") && run.err().strip().lines().count() == 1, run::toString);
        }
        try (Store store = Store.open(db)) {
            assertEquals(quads, store.quadCount());
        }
    }

    /** One article: a person with one role who says one thing in that capacity. */
    private static Extraction article(String key, String name, String honorific, String role, String org, boolean current) {
        String said = "Armed patrols would be provocative";
        String text = name + ", " + (current ? "" : "former ") + role + " of the " + org + ", said: “" + said + ".”";
        Span person = span(text, name);
        Span roleSpan = span(text, role + " of the " + org);
        Span quote = span(text, said);
        List<Actor> actors = List.of(
                new Actor("p1", ActorType.PERSON, name, honorific == null ? List.of() : List.of(name), honorific, null, List.of(person)),
                new Actor("o1", ActorType.ORGANIZATION, org, List.of(), null, null, List.of(span(text, org))));
        Membership m = new Membership("m1", "p1", role, "o1", current, roleSpan);
        Statement s = new Statement("p1", "p1", quote, person, span(text, "said"), true, Stance.OPPOSE, "i1", "m1", 0.9);
        return new Extraction(new Article(key, null, "Armed patrols", "2018-05-01", null, text, key + ".txt"),
                actors, List.of(m), List.of(new Issue("i1", "Armed patrols", "armed-patrols")), List.of(s));
    }

    static Span span(String text, String part) {
        int at = text.indexOf(part);
        return new Span(at, at + part.length(), part);
    }

    static void load(Path db, List<Extraction> order) {
        try (Store store = Store.open(db)) {
            DevCorpus.store(store, order);
        }
    }

}
