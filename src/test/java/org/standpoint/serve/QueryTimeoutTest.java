package org.standpoint.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.standpoint.store.Fixtures.*;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standpoint.store.Store;

/** The server cancels a query that runs past its timeout instead of letting one visitor occupy it. */
class QueryTimeoutTest {
    @Test
    void aRunawayQueryIsStopped(@TempDir Path dir) {
        Model generated = ModelFactory.createDefaultModel();
        for (int i = 0; i < 300; i++) generated.createResource(person("p" + i)).addProperty(RDFS.label, "Person " + i);
        try (Store store = Store.open(dir)) {
            store.writeArticle(articleGraph("generated"), generated, null);
            StandpointServer server = StandpointServer.create().store(store).port(0)
                    .queryTimeout(Duration.ofMillis(1500)).build().start();
            try {
                Http http = new Http(server.port());
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
            } finally {
                server.stop();
            }
        }
    }
}
