package org.standpoint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standpoint.read.HostileCorpus;
import org.standpoint.store.Fixtures;
import org.standpoint.store.Store;

/**
 * The hostile corpus and the seed in one {@code load}: one error line per bad input naming it, every good article
 * stored whole (the seed exactly as when loaded alone), nothing else. Reading-level details are in
 * {@code read.HostileInputReadingTest}; this is the whole pipeline, CoreNLP included.
 */
class HostileInputLoadTest {
    @Test
    void oneBatchOfEveryKindStoresTheGoodArticlesWholeAndNamesEachBadOne(@TempDir Path dir) throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        List<HostileCorpus.Kind> kinds = HostileCorpus.small(corpus);
        List<String> args = new ArrayList<>(List.of("load", "--db", dir.resolve("db").toString(), "--article-timeout", "60"));
        kinds.forEach(k -> args.add(k.path().toString()));
        args.add(Seed.copyTo(dir).toString());

        Cli load = Cli.run(args.toArray(String[]::new));
        assertEquals(1, load.exitCode(), load::toString);
        List<String> errors = load.err().lines().filter(l -> l.startsWith("error: ")).toList();
        // A good kind may still be too slow to extract: stopped at the time limit, that is a clear error too.
        List<String> stopped = errors.stream().filter(l -> l.endsWith("(the per-article time limit)")).toList();
        for (HostileCorpus.Kind kind : kinds) {
            List<String> mine = errors.stream().filter(l -> l.startsWith("error: " + kind.path())).toList();
            long timedOut = mine.stream().filter(stopped::contains).count();
            assertEquals(kind.errors(), mine.size() - timedOut, kind.name() + ": " + mine + "\n" + load);
            if (!kind.good()) assertTrue(mine.get(0).contains(kind.problem()), kind.name() + ": " + mine);
        }
        int expectedErrors = kinds.stream().mapToInt(HostileCorpus.Kind::errors).sum() + stopped.size();
        assertEquals(expectedErrors, errors.size(), load::toString);
        long goodArticles = HostileCorpus.extractable(kinds).size() + 1 /* the seed */ + 1 /* the second record of crlf-bom.jsonl */
                - stopped.size();
        assertTrue(load.err().contains("loaded " + goodArticles + " articles: "), load::toString);
        assertTrue(load.err().contains("; " + expectedErrors + " errors;"), load::toString);
        System.out.println("hostile load: " + stopped.size() + " stopped at the time limit: " + stopped);

        try (Store store = Store.open(dir.resolve("db"))) {
            // each article graph whole: one article with its text, every span pointing into it
            List<Map<String, String>> articles = Fixtures.select(store, """
                    SELECT ?g (COUNT(DISTINCT ?a) AS ?n) (SAMPLE(?len) AS ?length) {
                      GRAPH ?g { ?a a <http://schema.org/NewsArticle> ; nif:isString ?text BIND(STRLEN(?text) AS ?len) }
                    } GROUP BY ?g""");
            assertEquals(goodArticles, articles.size(), articles::toString);
            articles.forEach(a -> assertEquals("1", a.get("n"), a.toString()));
            assertEquals(List.of(), Fixtures.select(store, """
                    SELECT ?g ?span { GRAPH ?g { ?span nif:referenceContext ?a ; nif:endIndex ?end . ?a nif:isString ?t }
                      FILTER(?end > STRLEN(?t)) }"""), "no span past the end of its text");
            // the quote with a named speaker is found in the plain kinds, whatever surrounds it
            List<Map<String, String>> lopez = Fixtures.select(store, """
                    SELECT DISTINCT ?g { GRAPH ?g { ?st stp:speaker ?p ; stp:contentSpan/nif:anchorOf ?q } ?p rdfs:label ?name
                      FILTER(CONTAINS(?name, "Lopez") && CONTAINS(?q, "We will not accept this")) }""");
            assertTrue(lopez.size() >= 4, "Maria Lopez's quote in most good kinds: " + lopez);
            List<Map<String, String>> harris = Fixtures.select(store, """
                    SELECT ?text { ?p rdfs:label "Lord Harris" . ?st stp:holder ?p ; stp:contentSpan/nif:anchorOf ?text }""");
            assertTrue(harris.stream().anyMatch(r -> r.get("text").contains(Seed.HARRIS_QUOTE)), harris::toString);
        }
    }
}
