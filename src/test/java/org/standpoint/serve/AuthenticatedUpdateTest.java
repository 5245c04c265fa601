package org.standpoint.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.standpoint.serve.StandpointServerTest.assertRefused;
import static org.standpoint.store.Fixtures.*;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.standpoint.iri.Iris;
import org.standpoint.store.Store;

/** With a password file the server gains {@code /standpoint/update}, for the users in it and nobody else. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthenticatedUpdateTest {
    private static final String USER = "editor";
    private static final String PASSWORD = "correct horse";

    private Store store;
    private StandpointServer server;
    private Http http;

    @BeforeAll
    void start(@TempDir Path dir) throws IOException {
        store = Store.open(dir.resolve("db"));
        store.writeArticle(articleGraph(KEY_1), article1(), registryOfArticle1());
        Path passwords = Files.writeString(dir.resolve("passwd"), USER + ": " + PASSWORD + "\n");
        server = StandpointServer.create().store(store).port(0).passwordFile(passwords).build().start();
        http = new Http(server.port());
    }

    @AfterAll
    void stop() {
        if (server != null) server.stop();
        if (store != null) store.close();
    }

    @Test
    void updateNeedsALogin() {
        long before = store.quadCount();
        HttpResponse<String> anonymous = http.send("POST", "/standpoint/update", Http.SPARQL_UPDATE, insert("anon"));
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        HttpResponse<String> wrong = http.sendAs(USER, "guess", "POST", "/standpoint/update", Http.SPARQL_UPDATE, insert("wrong"));
        assertEquals(401, wrong.statusCode());
        HttpResponse<String> unknown = http.sendAs("mallory", PASSWORD, "POST", "/standpoint/update", Http.SPARQL_UPDATE, insert("x"));
        assertEquals(401, unknown.statusCode());
        assertEquals(before, store.quadCount());
        assertEquals(List.of(), http.select("/standpoint/sparql", labelled("%s")));
    }

    @Test
    void anAuthenticatedUpdateIsApplied() {
        HttpResponse<String> ok = http.sendAs(USER, PASSWORD, "POST", "/standpoint/update", Http.SPARQL_UPDATE, insert("Jane Editor"));
        assertEquals(204, ok.statusCode(), ok.body());
        assertEquals(List.of(Map.of("s", person("jane-editor"))), http.select("/standpoint/sparql", labelled("Jane Editor")));
        // Writes through the update endpoint reach the label index too.
        assertEquals(List.of(Map.of("s", person("jane-editor"))), http.select("/standpoint/sparql",
                PREFIXES + "SELECT ?s { ?s text:query (rdfs:label \"jane\") }"));
    }

    @Test
    void queriesStayOpenAndOtherWritesStayClosed() {
        assertEquals(List.of(Map.of("s", person("toby-harris"))), http.select("/standpoint/sparql", labelled("Toby Harris")));
        assertRefused(http.send("POST", "/standpoint", Http.SPARQL_UPDATE, insert("bare")));
        assertRefused(http.sendAs(USER, PASSWORD, "PUT", "/standpoint/data?default", Http.TURTLE, "<urn:x:a> <urn:x:b> <urn:x:c> ."));
        assertEquals(List.of(), http.select("/standpoint/sparql", labelled("bare")));
        HttpResponse<String> status = http.get("/$/server");
        assertTrue(status.body().contains("\"update\""), "the UI can see the update endpoint exists");
    }

    @Test
    void updatesCannotTouchWhatTheStoreDerivesFrom() {
        long before = store.quadCount();
        String article = "<" + articleGraph(KEY_1) + ">", positions = "<" + new Iris(BASE).positionsGraph() + ">";
        for (String update : List.of(
                "DROP GRAPH " + article,
                "CLEAR GRAPH " + article,
                "DROP ALL",
                "CLEAR NAMED",
                PREFIXES + "INSERT DATA { GRAPH " + article + " { <urn:x:a> rdfs:label \"x\" } }",
                PREFIXES + "INSERT DATA { GRAPH " + positions + " { <urn:x:a> rdfs:label \"x\" } }",
                "DELETE WHERE { GRAPH ?g { ?s ?p ?o } }",
                "WITH " + article + " DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
                "COPY <" + new Iris(BASE).registryGraph() + "> TO " + article,
                "MOVE " + article + " TO <urn:x:elsewhere>",
                "LOAD <file:///etc/passwd> INTO GRAPH <urn:x:g>",
                "LOAD <http://127.0.0.1:" + server.port() + "/standpoint/get> INTO GRAPH <urn:x:g>")) {
            HttpResponse<String> r = http.sendAs(USER, PASSWORD, "POST", "/standpoint/update", Http.SPARQL_UPDATE, update);
            assertEquals(403, r.statusCode(), update + " → " + r.body());
            assertTrue(r.body().contains("update refused"), r.body());
        }
        assertEquals(before, store.quadCount(), "nothing ran");
        // the article is still there, and so is its holder's position
        assertEquals(List.of(Map.of("n", "1")), http.select("/standpoint/sparql", PREFIXES
                + "SELECT (COUNT(*) AS ?n) { GRAPH " + positions + " { ?p stp:positionHolder <" + person("toby-harris") + "> } }"));
    }

    @Test
    void malformedRequestsAre4xxWithoutExceptionText() {
        // an Authorization header that is not base64 counts as no login: the public endpoint answers, update asks
        String ask = "/standpoint/sparql?query=" + Http.encode("ASK {}");
        HttpResponse<String> publicQuery = http.send(http.request("GET", ask, null, null).header("Authorization", "Basic !!!"));
        assertEquals(200, publicQuery.statusCode(), publicQuery.body());
        HttpResponse<String> update = http.send(http.request("POST", "/standpoint/update", Http.SPARQL_UPDATE, insert("x"))
                .header("Authorization", "Basic !!!"));
        assertEquals(401, update.statusCode(), update.body());
        assertFalse(update.body().contains("base64"), update.body());
        // a search string Lucene cannot read, in a SELECT and in an ASK
        for (String q : List.of("SELECT ?s { ?s text:query \"/re(/\" }", "ASK { ?s text:query \"/re(/\" }")) {
            HttpResponse<String> r = http.query("/standpoint/sparql", PREFIXES + q);
            assertEquals(400, r.statusCode(), q + " " + r.body());
            assertTrue(r.body().contains("text:query cannot read its search string"), r.body());
        }
        // a form body that is not UTF-8
        for (String path : List.of("/standpoint/sparql", "/standpoint/update")) {
            HttpResponse<String> r = http.send(http.request("POST", path, null, null)
                    .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes()))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(new byte[] {'q', 'u', 'e', 'r', 'y', '=', (byte) 0xff, (byte) 0xfe})));
            assertEquals(400, r.statusCode(), path + " " + r.body());
            assertFalse(r.body().contains("Exception"), r.body());
        }
    }

    @Test
    void anUpdateFromAnotherSitesPageIsRefused() {
        HttpResponse<String> foreign = http.sendAs(USER, PASSWORD, "POST", "/standpoint/update", Http.SPARQL_UPDATE,
                insert("Cross Site"), "Origin", "https://evil.example");
        assertEquals(403, foreign.statusCode(), foreign.body());
        assertEquals(List.of(), http.select("/standpoint/sparql", labelled("Cross Site")));
        HttpResponse<String> own = http.sendAs(USER, PASSWORD, "POST", "/standpoint/update", Http.SPARQL_UPDATE,
                insert("Same Site"), "Origin", "http://localhost:" + server.port());
        assertEquals(204, own.statusCode(), own.body());
    }

    private static String insert(String name) {
        return PREFIXES + "INSERT DATA { GRAPH <" + new Iris(BASE).registryGraph() + "> { <" + person(org.standpoint.iri.Slugs.of(name))
                + "> rdfs:label \"" + name + "\" } }";
    }

    private static String labelled(String name) {
        return PREFIXES + "SELECT ?s { ?s rdfs:label \"" + name + "\" }";
    }
}
