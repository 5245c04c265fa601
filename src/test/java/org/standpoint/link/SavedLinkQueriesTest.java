package org.standpoint.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standpoint.rdf.WD;
import org.standpoint.serve.StandpointServer;
import org.standpoint.store.Store;

/**
 * The saved link queries over a linked store; the live ones with their {@code SERVICE} pointed at the fixture
 * endpoint instead of Wikidata's, both in-process (ARQ) and through the Standpoint server (Fuseki), which allows
 * SERVICE only to the endpoints it is given.
 */
class SavedLinkQueriesTest extends WithWikidataFixture {
    @TempDir
    Path dir;


    String query(String name) throws IOException {
        String text = Files.readString(Path.of("queries", name));
        assertTrue(!name.contains("live") || text.contains("SERVICE <" + WD.PUBLIC_ENDPOINT + ">"), name);
        return text.replace("SERVICE <" + WD.PUBLIC_ENDPOINT + ">", "SERVICE <" + wikidata.endpoint() + ">");
    }

    @Test
    void liveQueriesFetchPartiesAndPositions() throws Exception {
        try (Store store = LinkFixtures.store(dir)) {
            new Linker(store, LinkerTest.fast(wikidata.endpoint()), LinkSettings.defaults()).run();

            List<Map<String, String>> party = run(store, query("speaker-party-live.rq"));
            assertEquals(1, party.size(), party.toString());
            assertEquals("Toby Harris", party.get(0).get("speakerLabel"));
            assertEquals("Labour Party", party.get(0).get("partyLabel"));
            assertEquals(WD.ENTITY + "Q9300003", party.get(0).get("party"));

            List<Map<String, String>> positions = run(store, query("positions-held-live.rq"));
            assertEquals(List.of("Chief Constable of Strathclyde Police", "Assistant Commissioner of Police of the Metropolis"),
                    positions.stream().map(r -> r.get("positionLabel")).toList());
            assertEquals("Assistant Commissioner", positions.get(0).get("articleRoles"));
        }
    }

    @Test
    void serverRunsServiceQueries() throws Exception {
        try (Store store = LinkFixtures.store(dir)) {
            new Linker(store, LinkerTest.fast(wikidata.endpoint()), LinkSettings.defaults()).run();
            StandpointServer server = StandpointServer.create().store(store).port(0)
                    .allowServices(List.of(wikidata.endpoint())).build().start();
            try (QueryExecution qe = QueryExecution.service(server.datasetUrl()).query(query("speaker-party-live.rq")).build()) {
                List<String> parties = new ArrayList<>();
                qe.execSelect().forEachRemaining(s -> parties.add(s.getLiteral("partyLabel").getLexicalForm()));
                assertEquals(List.of("Labour Party"), parties);
            } finally {
                server.stop();
            }
        }
    }

    @Test
    void reviewAndLinkListings() throws Exception {
        try (Store store = LinkFixtures.store(dir)) {
            new Linker(store, LinkerTest.fast(wikidata.endpoint()), LinkSettings.defaults()).run();
            List<Map<String, String>> review = run(store, query("link-review.rq"));
            assertTrue(review.stream().anyMatch(r -> r.get("actorLabel").equals("John Smith")
                    && r.get("candidate").equals(WD.ENTITY + "Q9400050")), review.toString());
            assertTrue(review.stream().noneMatch(r -> r.get("actorLabel").equals("Stephen House")), review.toString());

            List<Map<String, String>> links = run(store, query("actor-links.rq"));
            // the two organisations only context names: their members hold posts named after them, in British articles
            assertEquals(9, links.size(), links.toString());
            assertTrue(links.stream().anyMatch(r -> r.get("actorLabel").equals("London Assembly")
                    && r.get("wikidata").equals(WD.ENTITY + "Q9300011")), links.toString());
            assertTrue(links.stream().anyMatch(r -> r.get("actorLabel").equals("Stephen House")
                    && r.get("wikidata").equals(WD.ENTITY + "Q9400001")
                    && r.get("dbpedia").equals("http://dbpedia.org/resource/Stephen_House_(police_officer)")), links.toString());
        }
    }

    static List<Map<String, String>> run(Store store, String query) {
        return Txn.calculateRead(store.dataset(), () -> {
            List<Map<String, String>> rows = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(query).build()) {
                qe.execSelect().forEachRemaining((QuerySolution s) -> {
                    Map<String, String> row = new TreeMap<>();
                    s.varNames().forEachRemaining(v -> {
                        RDFNode n = s.get(v);
                        row.put(v, n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                    });
                    rows.add(row);
                });
            }
            return rows;
        });
    }
}
