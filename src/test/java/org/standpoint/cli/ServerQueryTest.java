package org.standpoint.cli;

import org.standpoint.query.QueryParameters;
import org.standpoint.query.SavedQuery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.standpoint.serve.StandpointServer;
import org.standpoint.store.Store;

/** The seed as a user reaches it: loaded by the CLI, served by the real server, asked a saved query over HTTP. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServerQueryTest {
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private Store store;
    private StandpointServer server;

    @BeforeAll
    void start() {
        store = Store.open(Seed.database());
        server = StandpointServer.create().store(store).port(0).build().start();
    }

    @AfterAll
    void stop() {
        if (server != null) server.stop();
        if (store != null) store.close();
    }

    @Test
    void savedQueryOverHttpGivesHarrisPositionWithEvidence() throws Exception {
        String text = SavedQuery.named("actor-positions").text();
        String query = QueryParameters.substitute(text, Map.of("name", List.of("Harris")),
                QueryFactory.create(text).getPrefixMapping());
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/standpoint/sparql"))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(query)));
        assertEquals(200, r.statusCode(), r.body());
        List<Map<String, String>> rows = rows(r.body());
        Map<String, String> fear = rows.stream().filter(row -> row.getOrDefault("text", "").contains(Seed.HARRIS_QUOTE))
                .findFirst().orElseThrow(() -> new AssertionError("no statement with the quote: " + rows));
        assertEquals("Lord Harris", fear.get("actorLabel"));
        assertEquals("holder and speaker", fear.get("as"));
        assertEquals("Lord Harris", fear.get("speakerLabel"));
        // the evidence: who the text says spoke ("he") and the cue ("told the House of Lords")
        assertEquals("he", fear.get("source"));
        assertEquals("told", fear.get("cue"));
        assertTrue(fear.get("statement").contains("/statement/"), fear::toString);
        assertTrue(fear.get("article").contains("/article/"), fear::toString);
        assertTrue(rows.stream().allMatch(row -> row.get("actorLabel").equals("Lord Harris")), rows::toString);
    }

    @Test
    void theQueryCommandAsksARunningServer() {
        // the server holds the database folder; the command asks its endpoint instead
        String endpoint = uri("/standpoint/sparql").toString();
        Cli q = Cli.run("query", "person-roles", "--endpoint", endpoint, "--param", "name=Harris", "--format", "csv");
        assertEquals(0, q.exitCode(), q::toString);
        List<String> rows = q.out().lines().skip(1).map(l -> String.join("|", List.of(l.split(",")).subList(0, 3))).toList();
        assertTrue(rows.contains("Lord Harris|peer|House of Lords"), q::toString);
        Cli refused = Cli.run("query", "person-roles", "--endpoint", uri("/nothing-here").toString());
        assertEquals(2, refused.exitCode(), refused::toString);
        assertEquals(1, refused.err().lines().count(), refused::toString);
        assertTrue(refused.err().contains("answered 404"), refused::toString);
    }

    @Test
    void uiIsServedAtTheRoot() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/")).GET());
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("<div id=\"app\">"), r.body());
    }

    @Test
    void anonymousUpdatesAreRefusedAndChangeNothing() throws Exception {
        long before = store.quadCount();
        String update = "DROP ALL";
        String insert = "INSERT DATA { <https://example.org/x> <http://www.w3.org/2000/01/rdf-schema#label> \"Intruder\" }";
        for (String path : List.of("/standpoint/update", "/standpoint")) {
            for (String body : List.of(update, insert)) {
                HttpResponse<String> r = send(HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/sparql-update")
                        .POST(HttpRequest.BodyPublishers.ofString(body)));
                assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, path + " " + body + ": HTTP " + r.statusCode());
            }
        }
        assertEquals(before, store.quadCount());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + server.port() + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpRequest req = request.timeout(Duration.ofSeconds(60)).build();
        try {
            return client.send(req, HttpResponse.BodyHandlers.ofString());
        } catch (IOException stale) {
            // Jetty may close a keep-alive connection after refusing a body it did not read; send once more, fresh
            return client.send(req, HttpResponse.BodyHandlers.ofString());
        }
    }

    private static List<Map<String, String>> rows(String json) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        for (JsonNode b : new ObjectMapper().readTree(json).path("results").path("bindings")) {
            Map<String, String> row = new TreeMap<>();
            b.fields().forEachRemaining(e -> row.put(e.getKey(), e.getValue().path("value").asText()));
            rows.add(row);
        }
        return rows;
    }
}
