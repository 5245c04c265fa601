package org.standpoint.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.standpoint.store.Fixtures.*;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.jena.dboe.transaction.txn.TransactionException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.standpoint.store.Store;

/**
 * The public server under hostile use: oversized requests, admin paths, federated queries, and sixteen clients at once
 * mixing good queries with malformed and pathological ones. Correctness only; the figures are
 * {@link ServerLoadBenchmark}'s.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServerHardeningTest {
    private static final String SPEAKERS = PREFIXES + """
            SELECT ?name ?quote WHERE {
              ?st a stp:Statement ; stp:speaker ?p ; stp:contentSpan/nif:anchorOf ?quote .
              ?p rdfs:label ?name .
            } ORDER BY ?name""";
    private static final List<Map<String, String>> BOTH_SPEAKERS = List.of(
            Map.of("name", "Sadiq Khan", "quote", KHAN_QUOTE), Map.of("name", "Toby Harris", "quote", HARRIS_QUOTE));
    private static final String GENERATED = PREFIXES + "SELECT (COUNT(?s) AS ?n) { ?s rdfs:label ?l FILTER(STRSTARTS(?l, \"Person \")) }";

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private Store store;
    private StandpointServer open;
    private StandpointServer federating;
    private Http http;

    @BeforeAll
    void start(@TempDir Path dir) {
        store = Store.open(dir);
        store.writeArticle(articleGraph(KEY_1), article1(), registryOfArticle1());
        store.writeArticle(articleGraph(KEY_2), article2(), registryOfArticle2());
        Model generated = ModelFactory.createDefaultModel();
        for (int i = 0; i < 300; i++) generated.createResource(person("p" + i)).addProperty(RDFS.label, "Person " + i);
        store.writeArticle(articleGraph("generated"), generated, null);
        open = StandpointServer.create().store(store).port(0).queryTimeout(TIMEOUT).build().start();
        http = new Http(open.port());
        // a second server on the same store that may call the first one, and only it, with SERVICE
        federating = StandpointServer.create().store(store).port(0).allowServices(List.of(sparqlUrl(open))).build().start();
    }

    @AfterAll
    void stop() {
        if (federating != null) federating.stop();
        if (open != null) open.stop();
        if (store != null) closeWhenQueriesHaveEnded(store);
    }

    /**
     * Queries stopped by the timeout while many run at once keep their read transactions open in Fuseki 5.6.0 (see
     * docs/reliability.md): the server answers and writes go on, but TDB2 will not release the database while they
     * are open. Stopping the JVM ends them; here, the store is left to the JVM's exit.
     */
    private static void closeWhenQueriesHaveEnded(Store store) {
        try {
            Thread.sleep(TIMEOUT.multipliedBy(2).toMillis());
            store.close();
        } catch (TransactionException leftOpen) {
            System.err.println("known: " + leftOpen.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void oversizedRequestsAreRefusedBeforeTheyAreRead() {
        String padding = " ".repeat((int) RequestLimit.MAX_QUERY_BYTES);
        HttpResponse<String> big = http.send("POST", "/standpoint/sparql", Http.SPARQL_QUERY, SPEAKERS + padding);
        assertEquals(413, big.statusCode(), big.body());
        HttpResponse<String> bigForm = http.send("POST", "/standpoint/sparql", Http.FORM, "query=" + Http.encode(SPEAKERS) + padding);
        assertEquals(413, bigForm.statusCode());
        HttpResponse<String> bigValidate = http.send("POST", "/$/validate/query", Http.FORM, "query=" + padding);
        assertEquals(413, bigValidate.statusCode());
        // Jetty caps the URL (Fuseki raises its header limit to 512 KB for long GET queries), so a GET cannot carry a
        // huge query either
        HttpResponse<String> longUrl = http.get("/standpoint/sparql?query=" + Http.encode(SPEAKERS) + "+".repeat(600_000));
        assertTrue(longUrl.statusCode() == 414 || longUrl.statusCode() == 431, "URL too long: " + longUrl.statusCode());
        // a body of unknown length (chunked) could be any size
        HttpResponse<String> chunked = chunkedPost("/standpoint/sparql", SPEAKERS);
        assertEquals(411, chunked.statusCode(), chunked.body());
        // nor can another transfer coding walk around that check, or a compressed body around the size limit
        assertTrue(rawStatusLine("POST /standpoint/sparql HTTP/1.1\r\nHost: localhost\r\nContent-Type: "
                + Http.SPARQL_QUERY + "\r\nTransfer-Encoding: gzip, chunked\r\nConnection: close\r\n\r\n").contains(" 411 "));
        HttpResponse<String> gzip = http.send("POST", "/standpoint/sparql", Http.SPARQL_QUERY, SPEAKERS, "Content-Encoding", "gzip");
        assertEquals(415, gzip.statusCode(), gzip.body());
        // just under the limit is fine
        String fits = SPEAKERS + " ".repeat((int) RequestLimit.MAX_QUERY_BYTES - SPEAKERS.length() - 10);
        HttpResponse<String> ok = http.send("POST", "/standpoint/sparql", Http.SPARQL_QUERY, fits);
        assertEquals(200, ok.statusCode(), ok.body());
        assertTrue(ok.body().contains(HARRIS_QUOTE));
    }

    @Test
    void adminPathsThatChangeOrRevealTheServerAreNotThere() {
        List<HttpResponse<String>> attempts = new ArrayList<>();
        for (String path : List.of("/$/backup/standpoint", "/$/compact/standpoint", "/$/sleep", "/$/reload",
                "/$/datasets", "/$/datasets/standpoint", "/$/datasets/standpoint?state=offline", "/$/logs", "/$/metrics", "/$/shutdown")) {
            attempts.add(http.send("POST", path, Http.FORM, "dbName=x&dbType=mem"));
        }
        for (String path : List.of("/$/backups/list", "/$/backups-list", "/$/logs", "/$/metrics", "/$/compact/standpoint",
                "/$/backup/standpoint", "/$/sleep?interval=60000")) {
            attempts.add(http.get(path));
        }
        attempts.add(http.send("DELETE", "/$/datasets/standpoint", null, null));
        attempts.add(http.send("PUT", "/$/datasets/standpoint", Http.TURTLE, "<urn:x:a> <urn:x:b> <urn:x:c> ."));
        attempts.forEach(StandpointServerTest::assertRefused);
        assertEquals(BOTH_SPEAKERS, http.select("/standpoint/sparql", SPEAKERS), "the dataset is still there");
    }

    @Test
    void serviceReachesOnlyAllowedEndpoints() {
        String remote = PREFIXES + "SELECT ?name { SERVICE <%s> { ?p rdfs:label ?name FILTER(?name = \"Toby Harris\") } }";
        String toOpen = remote.formatted(sparqlUrl(open));
        String elsewhere = remote.formatted("http://127.0.0.1:9/sparql");
        Http viaFederating = new Http(federating.port());

        assertEquals(List.of(Map.of("name", "Toby Harris")), viaFederating.select("/standpoint/sparql", toOpen));
        HttpResponse<String> refused = viaFederating.send("POST", "/standpoint/sparql", Http.SPARQL_QUERY, elsewhere);
        assertEquals(403, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("is not allowed on this server"), refused.body());
        HttpResponse<String> variable = viaFederating.send("POST", "/standpoint/sparql", Http.SPARQL_QUERY,
                "SELECT * { BIND(<" + sparqlUrl(open) + "> AS ?e) SERVICE ?e { ?s ?p ?o } }");
        assertEquals(403, variable.statusCode(), "SERVICE ?variable: " + variable.body());
        assertEquals(List.of(Map.of()), viaFederating.select("/standpoint/sparql",
                elsewhere.replace("SERVICE", "SERVICE SILENT")), "SILENT: one empty row instead of an error");

        // by default nothing is allowed, not even the server itself
        HttpResponse<String> closed = http.send("POST", "/standpoint/sparql", Http.SPARQL_QUERY, toOpen);
        assertEquals(403, closed.statusCode(), closed.body());
        // inside FILTER EXISTS too: ARQ's filter took the refusal as false and answered 200 with no rows
        HttpResponse<String> inExists = viaFederating.send("POST", "/standpoint/sparql", Http.SPARQL_QUERY,
                "SELECT * { BIND(1 AS ?x) FILTER EXISTS { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } } }");
        assertEquals(403, inExists.statusCode(), inExists.body());
        assertTrue(inExists.body().contains("is not allowed on this server"), inExists.body());
    }

    @Test
    void aQueryNestedTooDeeplyIsRefusedNotA500() {
        StringBuilder union = new StringBuilder("SELECT * {");
        for (int i = 0; i < 30_000; i++) union.append(i == 0 ? "" : " UNION ").append("{ BIND(").append(i).append(" AS ?x) }");
        HttpResponse<String> r = http.send("POST", "/standpoint/sparql", Http.SPARQL_QUERY, union.append("}").toString());
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("nested too deeply"), r.body());
        assertEquals(BOTH_SPEAKERS, http.select("/standpoint/sparql", SPEAKERS), "the server answers as before");
    }

    @Test
    void sixteenClientsGetRightAnswersWhileOthersSendPathologicalQueries() throws Exception {
        List<QueryMix.Request> bad = QueryMix.hostile();
        ExecutorService clients = Executors.newFixedThreadPool(16);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int c = 0; c < 16; c++) {
                int client = c;
                results.add(clients.submit(() -> {
                    List<String> problems = new ArrayList<>();
                    Http mine = new Http(open.port());
                    for (int round = 0; round < 6; round++) {
                        List<Map<String, String>> speakers = mine.select("/standpoint/sparql", SPEAKERS);
                        if (!speakers.equals(BOTH_SPEAKERS)) problems.add("speakers: " + speakers);
                        List<Map<String, String>> count = mine.select("/standpoint/query", GENERATED);
                        if (!count.equals(List.of(Map.of("n", "300")))) problems.add("count: " + count);
                        List<Map<String, String>> found = mine.select("/standpoint/sparql",
                                PREFIXES + "SELECT ?s { ?s text:query (skos:altLabel \"mayor\") }");
                        if (!found.equals(List.of(Map.of("s", person("sadiq-khan"))))) problems.add("text: " + found);
                        QueryMix.Request r = bad.get((client + round) % bad.size());
                        HttpResponse<String> answer = mine.send("POST", "/standpoint/sparql", Http.SPARQL_QUERY, r.query());
                        if (answer.statusCode() != QueryMix.status(r.expect()))
                            problems.add(r.name() + ": " + answer.statusCode() + " " + answer.body());
                    }
                    return problems;
                }));
            }
            List<String> problems = new ArrayList<>();
            for (Future<List<String>> f : results) problems.addAll(f.get());
            assertEquals(List.of(), problems);
        } finally {
            clients.shutdownNow();
        }
        assertEquals(BOTH_SPEAKERS, http.select("/standpoint/sparql", SPEAKERS), "the server is well afterwards");
        // and a write goes through and is seen, whatever the stopped queries left behind
        store.writeArticle(articleGraph("after"), personEntry("late-comer", "Late Comer"), null);
        assertEquals(List.of(Map.of("s", person("late-comer"))),
                http.select("/standpoint/sparql", PREFIXES + "SELECT ?s { ?s rdfs:label \"Late Comer\" }"));
    }

    private static String sparqlUrl(StandpointServer server) {
        return "http://127.0.0.1:" + server.port() + StandpointServer.DATASET + "/sparql";
    }

    /** The status line for a request written byte for byte, with headers Java's HttpClient will not send. */
    private String rawStatusLine(String request) {
        try (Socket socket = new Socket("localhost", open.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1)).readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<String> chunkedPost(String path, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + open.port() + path))
                .header("Content-Type", Http.SPARQL_QUERY)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))))
                .build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
