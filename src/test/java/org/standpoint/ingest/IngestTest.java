package org.standpoint.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standpoint.store.Store;

/**
 * One ingest run on a real TDB2 database and the real CoreNLP pipeline: the seed is stored with Lord Harris's words,
 * a broken file next to it costs one error line and nothing else, and a second look finds the seed already there.
 */
class IngestTest {
    private static final String HARRIS = "It will inspire fear rather than reassurance";

    @Test
    void loadsTheSeedBesideABrokenFileAndKnowsItIsStored(@TempDir Path dir) throws IOException {
        Path seed = dir.resolve("met-armed-patrols.txt");
        try (InputStream in = getClass().getResourceAsStream("/demo/met-armed-patrols.txt")) {
            Files.copy(in, seed);
        }
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"text\": ", StandardCharsets.UTF_8);
        List<String> said = new ArrayList<>();
        try (Store store = Store.open(dir.resolve("db"))) {
            Ingest ingest = Ingest.create().into(store, vocabulary()).threads(1).listener(said::add).build();
            assertFalse(ingest.stored(List.of(seed)));

            LoadSummary summary = ingest.load(List.of(broken, seed));

            assertEquals(1, summary.articles(), said::toString);
            assertEquals(1, summary.errors());
            assertTrue(said.stream().anyMatch(l -> l.startsWith("error: " + broken)), said::toString);
            assertTrue(ingest.stored(List.of(seed)));
            String speaker = Txn.calculateRead(store.dataset(), () -> {
                try (QueryExecution q = QueryExecution.dataset(store.dataset()).query("""
                        PREFIX stp: <https://w3id.org/standpoint/ns#>
                        PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
                        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                        SELECT ?name { ?s stp:contentSpan/nif:anchorOf ?text ; stp:speaker/rdfs:label ?name .
                                       FILTER CONTAINS(?text, "%s") }""".formatted(HARRIS)).build()) {
                    return q.execSelect().next().getLiteral("name").getString();
                }
            });
            assertEquals("Lord Harris", speaker);
        }
    }

    private static Model vocabulary() {
        Model m = RDFDataMgr.loadModel("ontology/standpoint.ttl");
        m.add(RDFDataMgr.loadModel("ontology/stance-scheme.ttl"));
        return m;
    }
}
