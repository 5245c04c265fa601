package org.standpoint.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.standpoint.store.Fixtures.*;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standpoint.store.Store;

/** The server cancels a query that runs past its timeout instead of letting one visitor occupy it. */
class QueryTimeoutTest {
    /** The people p0…p{n-1} labelled "Person i", served with a 1.5 s query timeout. */
    private static void served(Path dir, int people, Consumer<Http> check) {
        served(dir, people, StandpointServer.DEFAULT_MAX_RESULT_ROWS, check);
    }

    private static void served(Path dir, int people, int maxRows, Consumer<Http> check) {
        Model generated = ModelFactory.createDefaultModel();
        for (int i = 0; i < people; i++) generated.createResource(person("p" + i)).addProperty(RDFS.label, "Person " + i);
        try (Store store = Store.open(dir)) {
            store.writeArticle(articleGraph("generated"), generated, null);
            StandpointServer server = StandpointServer.create().store(store).port(0)
                    .queryTimeout(Duration.ofMillis(1500)).maxResultRows(maxRows).build().start();
            try {
                check.accept(new Http(server.port()));
            } finally {
                server.stop();
            }
        }
    }

    @Test
    void aRunawayQueryIsStopped(@TempDir Path dir) {
        served(dir, 300, http -> {
            // 300^4 = 8.1e9 rows to count: hours of work without a timeout.
            String cartesian = "SELECT (COUNT(*) AS ?n) { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f . ?g ?s ?h }";
            long start = System.nanoTime();
            HttpResponse<String> r = http.get("/standpoint/sparql?query=" + Http.encode(cartesian));
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertEquals(503, r.statusCode(), r.body());
            assertTrue(r.body().contains("timed out"), r.body());
            assertTrue(took.compareTo(Duration.ofSeconds(20)) < 0, "stopped after " + took);
            // The dataset URL is an endpoint of its own and has the same limit.
            assertEquals(503, http.get("/standpoint?query=" + Http.encode(cartesian)).statusCode());
            // A client cannot ask for more time than the server allows.
            HttpResponse<String> longer = http.get("/standpoint/sparql?timeout=600&query=" + Http.encode(cartesian));
            assertEquals(503, longer.statusCode(), longer.body());
            // The server is free again, and ordinary queries are unaffected.
            assertEquals(List.of(Map.of("s", person("p7"))),
                    http.select("/standpoint/sparql", PREFIXES + "SELECT ?s { ?s rdfs:label \"Person 7\" }"));
        });
    }

    @Test
    void aTimeoutAfterManyRowsIsA503NotACutOffAnswer(@TempDir Path dir) {
        served(dir, 3000, http -> {
            // 3,000 labels (some 400 KB of JSON, past any output buffer) come first; then a value whose REGEX runs out
            // of time. Streamed, the rows went out with 200 and the body stopped mid-way.
            String query = PREFIXES + "SELECT ?s ?l { { ?s rdfs:label ?l } UNION { BIND(\"" + "a".repeat(40)
                    + "!\" AS ?l) } FILTER(REGEX(?l, \"^Person|^(a+)+\\\\1$\")) }";
            HttpResponse<String> r = http.get("/standpoint/sparql?query=" + Http.encode(query));
            assertEquals(503, r.statusCode(), r.body().length() > 300 ? r.body().substring(0, 300) : r.body());
            assertTrue(r.body().length() < 1000, "no rows before the error: " + r.body().length() + " characters");
        });
    }

    @Test
    void anAnswerLongerThanTheLimitSaysToPage(@TempDir Path dir) {
        served(dir, 300, 100, http -> {
            HttpResponse<String> r = http.get("/standpoint/sparql?query=" + Http.encode(PREFIXES + "SELECT ?s { ?s rdfs:label ?l }"));
            assertEquals(400, r.statusCode(), r.body());
            assertTrue(r.body().contains("more than 100 rows: page through it with LIMIT and OFFSET"), r.body());
            assertEquals(100, http.select("/standpoint/sparql", PREFIXES + "SELECT ?s { ?s rdfs:label ?l } LIMIT 100").size());
        });
    }

    @Test
    void aBacktrackingRegexIsStoppedAndFreesItsThread(@TempDir Path dir) {
        served(dir, 10, http -> {
            String evil = "\"" + "a".repeat(40) + "!\", \"^(a+)+\\\\1$\"";
            for (String query : List.of("ASK { FILTER(REGEX(" + evil + ")) }",
                    "SELECT * { ?s ?p ?o FILTER(REGEX(CONCAT(" + evil.substring(0, evil.indexOf(',')) + ", STR(?o)), \"^(a+)+\\\\1$\")) }",
                    "SELECT * { ?s ?p ?o FILTER EXISTS { BIND(REPLACE(" + evil + ", \"x\") AS ?r) } }")) {
                HttpResponse<String> r = http.get("/standpoint/sparql?query=" + Http.encode(query));
                assertEquals(503, r.statusCode(), query + " -> " + r.body());
            }
            pause(BoundedRegex.PER_VALUE_MILLIS);
            List<String> stillMatching = Thread.getAllStackTraces().values().stream()
                    .filter(stack -> List.of(stack).stream().anyMatch(f -> f.getClassName().startsWith("java.util.regex")))
                    .map(stack -> List.of(stack).toString()).toList();
            assertEquals(List.of(), stillMatching, "no thread is left matching");
            // REGEX and REPLACE keep their meaning: flags, language tags, groups in the replacement
            assertEquals(List.of(Map.of("s", person("p7"), "r", "Human 7")), http.select("/standpoint/sparql", PREFIXES
                    + "SELECT ?s ?r { ?s rdfs:label ?l FILTER(REGEX(?l, \"^person 7$\", \"i\")) "
                    + "BIND(REPLACE(?l, \"^(P)erson\", \"Human\") AS ?r) }"));
            assertEquals(List.of(Map.of("r", "b-a")), http.select("/standpoint/sparql",
                    "SELECT ?r { BIND(REPLACE(\"a-b\", \"(a)-(b)\", \"$2-$1\") AS ?r) }"));
        });
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
