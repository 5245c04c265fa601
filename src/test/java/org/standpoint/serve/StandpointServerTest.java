package org.standpoint.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.standpoint.store.Fixtures.*;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.standpoint.store.Store;

/** The public, read-only server: a real TDB2 store behind a real Fuseki, reached over HTTP. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StandpointServerTest {
    private static final String SPEAKERS = PREFIXES + """
            SELECT ?name ?quote WHERE {
              ?st a stp:Statement ; stp:speaker ?p ; stp:contentSpan/nif:anchorOf ?quote .
              ?p rdfs:label ?name .
            } ORDER BY ?name""";
    private static final List<Map<String, String>> BOTH_SPEAKERS = List.of(
            Map.of("name", "Sadiq Khan", "quote", KHAN_QUOTE), Map.of("name", "Toby Harris", "quote", HARRIS_QUOTE));

    private Store store;
    private StandpointServer server;
    private Http http;

    @BeforeAll
    void start(@TempDir Path dir) {
        store = Store.open(dir);
        store.writeArticle(articleGraph(KEY_1), article1(), registryOfArticle1());
        store.writeArticle(articleGraph(KEY_2), article2(), registryOfArticle2());
        server = StandpointServer.create().store(store).port(0).build().start();
        http = new Http(server.port());
    }

    @AfterAll
    void stop() {
        if (server != null) server.stop();
        if (store != null) store.close();
    }

    @Test
    void selectWithoutGraphSeesTheUnionOfAllGraphs() {
        assertTrue(server.port() > 0);
        assertEquals(BOTH_SPEAKERS, http.select("/standpoint/sparql", SPEAKERS));
        assertEquals(BOTH_SPEAKERS, http.select("/standpoint/query", SPEAKERS));
        assertEquals(BOTH_SPEAKERS, http.select("/standpoint", SPEAKERS), "GET query on the dataset URL");
        HttpResponse<String> posted = http.send("POST", "/standpoint/sparql", Http.SPARQL_QUERY, SPEAKERS);
        assertEquals(200, posted.statusCode(), posted.body());
        assertTrue(posted.body().contains(HARRIS_QUOTE), posted.body());
    }

    @Test
    void textQueryFindsAPersonByNameAndByAlias() {
        String byName = PREFIXES + "SELECT ?s ?label { ?s text:query (rdfs:label \"harris\") ; rdfs:label ?label }";
        assertEquals(List.of(Map.of("s", person("toby-harris"), "label", "Toby Harris")),
                http.select("/standpoint/sparql", byName));
        String byAlias = PREFIXES + "SELECT ?s ?label { ?s text:query (skos:altLabel \"haringey\") ; rdfs:label ?label }";
        assertEquals(List.of(Map.of("s", person("toby-harris"), "label", "Toby Harris")),
                http.select("/standpoint/sparql", byAlias));
    }

    @Test
    void graphStoreProtocolReadsGraphs() {
        for (String endpoint : List.of("/standpoint/data", "/standpoint/get")) {
            HttpResponse<String> r = http.get(endpoint + "?graph=" + Http.encode(articleGraph(KEY_1)));
            assertEquals(200, r.statusCode(), endpoint);
            assertTrue(r.body().contains(HARRIS_QUOTE), r.body());
            assertTrue(!r.body().contains(KHAN_QUOTE), "only the requested article's graph");
        }
    }

    @Test
    void uiIsServedAtTheRoot() {
        HttpResponse<String> index = http.get("/");
        assertEquals(200, index.statusCode());
        assertTrue(index.body().contains("<div id=\"app\">"), index.body());
        assertTrue(index.body().contains("<title>Apache Jena Fuseki UI</title>"), index.body());
        // The page is only a shell: its script must load too, or the browser shows nothing.
        Matcher script = Pattern.compile("src=\"\\./(static/[^\"]+\\.js)\"").matcher(index.body());
        assertTrue(script.find(), index.body());
        HttpResponse<String> js = http.get("/" + script.group(1));
        assertEquals(200, js.statusCode());
        assertTrue(js.body().length() > 1000);
    }

    @Test
    void adminInfoEndpointsDescribeTheDataset() {
        HttpResponse<String> datasets = http.get("/$/datasets");
        assertEquals(200, datasets.statusCode(), datasets.body());
        assertEquals(List.of("/standpoint"), datasetNames(Http.json(datasets.body())));

        HttpResponse<String> one = http.get("/$/datasets/standpoint");
        assertEquals(200, one.statusCode(), one.body());
        assertEquals("/standpoint", Http.json(one.body()).path("ds.name").asText());

        HttpResponse<String> status = http.get("/$/server");
        assertEquals(200, status.statusCode(), status.body());
        JsonNode serverJson = Http.json(status.body());
        assertEquals(List.of("/standpoint"), datasetNames(serverJson));
        // The UI's query editor sends queries to the first endpoint of the query service.
        assertEquals("sparql", queryEndpoints(serverJson).get(0));
        assertEquals(Set.of("sparql", "query", ""), Set.copyOf(queryEndpoints(serverJson)));
        assertTrue(!status.body().contains("\"update\""), "no update endpoint without a password file");

        assertEquals(200, http.get("/$/ping").statusCode());
        assertEquals(200, http.get("/$/stats/standpoint").statusCode());
        HttpResponse<String> tasks = http.get("/$/tasks");
        assertEquals(200, tasks.statusCode());
        assertEquals(0, Http.json(tasks.body()).size(), tasks.body());
        HttpResponse<String> valid = http.send("POST", "/$/validate/query", Http.FORM,
                "query=" + Http.encode("SELECT * { ?s ?p ?o }"));
        assertEquals(200, valid.statusCode(), valid.body());
    }

    @Test
    void adminOperationsThatChangeThingsAreClosed() {
        Set<Quad> before = quads();
        assertRefused(http.send("POST", "/$/datasets", Http.FORM, "dbName=intruder&dbType=mem"));
        assertRefused(http.send("POST", "/$/datasets?dbName=intruder&dbType=mem", null, null));
        assertRefused(http.send("DELETE", "/$/datasets/standpoint", null, null));
        assertRefused(http.send("POST", "/$/backup/standpoint", null, null));
        assertRefused(http.send("POST", "/$/compact/standpoint", null, null));
        assertRefused(http.send("POST", "/$/reload", null, null));
        assertEquals(List.of("/standpoint"), datasetNames(Http.json(http.get("/$/datasets").body())));
        assertEquals(BOTH_SPEAKERS, http.select("/standpoint/sparql", SPEAKERS));
        assertEquals(before, quads());
    }

    @Test
    void anonymousWritesAreRefusedEverywhere() {
        Set<Quad> before = quads();
        String insert = PREFIXES + "INSERT DATA { <" + person("intruder") + "> rdfs:label \"Intruder\" }";
        String delete = PREFIXES + "DELETE WHERE { ?s ?p ?o }";
        String turtle = "<" + person("intruder") + "> <" + org.apache.jena.vocabulary.RDFS.label.getURI() + "> \"Intruder\" .";
        String graphParam = "?graph=" + Http.encode(articleGraph(KEY_1));

        List<HttpResponse<String>> attempts = new ArrayList<>();
        for (String path : List.of("/standpoint/update", "/standpoint", "/standpoint/sparql", "/standpoint/query",
                "/standpoint/data", "/standpoint/get")) {
            attempts.add(http.send("POST", path, Http.SPARQL_UPDATE, insert));
            attempts.add(http.send("POST", path, Http.SPARQL_UPDATE, delete));
            attempts.add(http.send("POST", path, Http.FORM, "update=" + Http.encode(insert)));
        }
        for (String path : List.of("/standpoint/data", "/standpoint/get", "/standpoint")) {
            attempts.add(http.send("PUT", path + "?default", Http.TURTLE, turtle));
            attempts.add(http.send("POST", path + "?default", Http.TURTLE, turtle));
            attempts.add(http.send("PUT", path + graphParam, Http.TURTLE, turtle));
            attempts.add(http.send("POST", path + graphParam, Http.TURTLE, turtle));
            attempts.add(http.send("DELETE", path + graphParam, null, null));
        }
        attempts.add(http.send("POST", "/standpoint", Http.TURTLE, turtle));
        attempts.add(http.send("PUT", "/standpoint", "application/trig", "{ " + turtle + " }"));
        attempts.add(http.send("POST", "/standpoint/upload", Http.TURTLE, turtle));
        attempts.forEach(StandpointServerTest::assertRefused);

        assertEquals(before, quads(), "nothing changed");
        assertEquals(List.of(), http.select("/standpoint/sparql",
                PREFIXES + "SELECT ?s { ?s rdfs:label \"Intruder\" }"));
        assertEquals(BOTH_SPEAKERS, http.select("/standpoint/sparql", SPEAKERS));
    }

    private Set<Quad> quads() {
        return Txn.calculateRead(store.dataset(), () -> {
            Set<Quad> all = new HashSet<>();
            store.dataset().asDatasetGraph().find().forEachRemaining(all::add);
            return all;
        });
    }

    private static List<String> queryEndpoints(JsonNode server) {
        List<String> names = new ArrayList<>();
        server.path("datasets").get(0).path("ds.services").forEach(s -> {
            if (s.path("srv.type").asText().equals("query")) s.path("srv.endpoints").forEach(e -> names.add(e.asText()));
        });
        return names;
    }

    private static List<String> datasetNames(JsonNode json) {
        List<String> names = new ArrayList<>();
        json.path("datasets").forEach(d -> names.add(d.path("ds.name").asText()));
        return names;
    }

    static void assertRefused(HttpResponse<String> r) {
        int status = r.statusCode();
        assertTrue(status >= 400 && status < 500,
                r.request().method() + " " + r.request().uri() + " answered " + status + ": " + r.body());
    }
}
