package org.standpoint.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standpoint.iri.Iris;
import org.standpoint.store.Fixtures;
import org.standpoint.store.Store;

/** The linker against a real Fuseki serving Wikidata-shaped look-alikes, writing into a real TDB2 store. */
class LinkerTest extends WithWikidataFixture {
    @TempDir
    Path dir;


    static EndpointSettings fast(String url) {
        return EndpointSettings.of(url).withTimeout(Duration.ofSeconds(5)).withRate(50)
                .withRetries(2, Duration.ofMillis(20));
    }

    static LinkReport link(Store store) throws EndpointException {
        return new Linker(store, fast(wikidata.endpoint()), LinkSettings.defaults()).run();
    }

    @Test
    void contextChoosesAmongNamesakes() throws Exception {
        try (Store store = LinkFixtures.store(dir)) {
            LinkReport report = link(store);
            Map<String, String> links = sameAs(store);
            // a police officer at the article's date, not the footballer nor the earlier holder of the same post
            assertEquals("Q9400001", links.get(LinkFixtures.person("stephen-house")));
            // the Labour peer alive in 2018, not the Conservative, the late Labour-then-Lib-Dem or the Victorian one
            assertEquals("Q9400010", links.get(LinkFixtures.person("toby-harris")));
            assertEquals("Q9400020", links.get(LinkFixtures.person("sadiq-khan")));
            // the British party, known from its members' items, not New Zealand's nor the film
            assertEquals("Q9300003", links.get(LinkFixtures.org("labour-party")));
            assertEquals("Q9300001", links.get(LinkFixtures.org("metropolitan-police")));
            assertEquals(Set.of(
                            "http://dbpedia.org/resource/Stephen_House_(police_officer)",
                            "http://dbpedia.org/resource/Toby_Harris,_Baron_Harris_of_Haringey",
                            "http://dbpedia.org/resource/Labour_Party_(UK)",
                            "http://dbpedia.org/resource/Metropolitan_Police"),
                    dbpedia(store, LinkFixtures.person("stephen-house"), LinkFixtures.person("toby-harris"),
                            LinkFixtures.org("labour-party"), LinkFixtures.org("metropolitan-police")));
            // the film called "Labour Party" is no organisation, so not even a candidate
            assertTrue(report.decisions().stream().filter(d -> d.actor().iri().equals(LinkFixtures.org("labour-party")))
                    .flatMap(d -> d.candidates().stream()).noneMatch(s -> s.qid().equals("Q9300005")));
            // offices are not linked
            assertFalse(report.decisions().stream().anyMatch(d -> d.actor().iri().endsWith("sadiq-khan-s-office")));

            // the decision is recorded with its confidence and evidence
            List<Map<String, String>> rows = Fixtures.select(store, """
                    SELECT ?confidence ?evidence WHERE {
                      ?l stp:linkOf <%s> ; stp:linkTarget <http://www.wikidata.org/entity/Q9400001> ;
                         stp:accepted true ; stp:confidence ?confidence ; stp:evidence ?evidence }"""
                    .formatted(LinkFixtures.person("stephen-house")));
            assertFalse(rows.isEmpty());
            assertTrue(Double.parseDouble(rows.get(0).get("confidence")) >= 0.7);
            assertTrue(rows.stream().anyMatch(r -> r.get("evidence").contains("Assistant Commissioner")), rows.toString());

            // the link records conform to their shape in ontology/shapes.ttl
            Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes.ttl"));
            ValidationReport validation = Txn.calculateRead(store.dataset(),
                    () -> ShaclValidator.get().validate(shapes, store.dataset().asDatasetGraph().getUnionGraph()));
            List<String> linkViolations = validation.getEntries().stream()
                    .filter(e -> e.focusNode().isURI() && e.focusNode().getURI().contains("/link/"))
                    .map(Object::toString).toList();
            assertEquals(List.of(), linkViolations);
            // and the shape bites: an accepted link without its owl:sameAs is reported
            org.apache.jena.graph.Graph broken = Txn.calculateRead(store.dataset(), () -> {
                org.apache.jena.graph.Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
                store.dataset().asDatasetGraph().getUnionGraph().find().forEachRemaining(g::add);
                return g;
            });
            broken.remove(org.apache.jena.graph.NodeFactory.createURI(LinkFixtures.person("stephen-house")),
                    org.apache.jena.vocabulary.OWL.sameAs.asNode(),
                    org.apache.jena.graph.NodeFactory.createURI("http://www.wikidata.org/entity/Q9400001"));
            assertTrue(ShaclValidator.get().validate(shapes, broken).getEntries().stream()
                    .anyMatch(e -> e.message().contains("owl:sameAs")));
        }
    }

    @Test
    void ambiguousActorStaysUnlinkedWithItsCandidates() throws Exception {
        try (Store store = LinkFixtures.store(dir)) {
            link(store);
            Map<String, String> links = sameAs(store);
            String smith = LinkFixtures.person("john-smith");
            assertFalse(links.containsKey(smith));
            List<Map<String, String>> candidates = Fixtures.select(store, """
                    SELECT ?item ?confidence WHERE {
                      ?l stp:linkOf <%s> ; stp:linkTarget ?item ; stp:accepted false ; stp:confidence ?confidence }
                    ORDER BY ?item""".formatted(smith));
            assertEquals(List.of("http://www.wikidata.org/entity/Q9400050", "http://www.wikidata.org/entity/Q9400051"),
                    candidates.stream().map(r -> r.get("item")).toList());
            // nobody named so at all: no link, no candidates
            assertFalse(links.containsKey(LinkFixtures.person("priya-sharma")));
        }
    }

    /** Without article dates, a namesake who held the same post decades ago fits as well: no link, both kept. */
    @Test
    void withoutDatesTheEarlierHolderIsNotRuledOut() throws Exception {
        try (Store store = LinkFixtures.store(dir, false)) {
            LinkReport report = link(store);
            Decision house = report.decisions().stream()
                    .filter(d -> d.actor().iri().equals(LinkFixtures.person("stephen-house"))).findFirst().orElseThrow();
            assertFalse(house.linked());
            assertEquals(Set.of("Q9400001", "Q9400003"),
                    Set.of(house.candidates().get(0).qid(), house.candidates().get(1).qid()));
            // what dates do not decide, roles still do
            assertEquals("Q9400020", sameAs(store).get(LinkFixtures.person("sadiq-khan")));
        }
    }

    @Test
    void secondRunAsksTheEndpointNothing() throws Exception {
        try (Store store = LinkFixtures.store(dir)) {
            int before = wikidata.requests();
            LinkReport first = link(store);
            assertTrue(first.requests() > 0);
            assertEquals(first.requests(), wikidata.requests() - before);
            Map<String, String> links = sameAs(store);

            int between = wikidata.requests();
            LinkReport second = link(store);
            assertEquals(0, second.requests());
            assertEquals(between, wikidata.requests(), "no HTTP request reached the endpoint");
            assertEquals(links, sameAs(store));
            assertEquals(first.linked(), second.linked());
        }
    }

    /** Answers are cached per name and per item, not per batch: a new actor costs only its own questions. */
    @Test
    void newActorAsksOnlyForItsName() throws Exception {
        try (Store store = LinkFixtures.store(dir)) {
            link(store);
            Model registry = ModelFactory.createDefaultModel();
            registry.createResource(LinkFixtures.person("philip-harris")).addProperty(RDF.type, FOAF.Person)
                    .addProperty(RDFS.label, "Philip Harris").addProperty(SKOS.altLabel, "Lord Harris of Peckham");
            store.writeArticle(new Iris(LinkFixtures.BASE).articleGraph("c3c3c3c3c3c3"), ModelFactory.createDefaultModel(), registry);
            LinkReport again = link(store);
            // one label request for the two new forms; Q9400011 was described in the first run already
            assertEquals(1, again.requests());
            assertEquals(List.of("Q9400011"), again.decisions().stream()
                    .filter(d -> d.actor().iri().equals(LinkFixtures.person("philip-harris")))
                    .flatMap(d -> d.candidates().stream()).map(Scored::qid).toList());
        }
    }

    @Test
    void retriesAfterServiceUnavailable() throws Exception {
        try (Store store = LinkFixtures.store(dir)) {
            wikidata.failNext(2);
            LinkReport report = link(store);
            assertEquals("Q9400001", sameAs(store).get(LinkFixtures.person("stephen-house")));
            assertTrue(report.requests() >= 4, "two failures retried: " + report.requests());
        }
    }

    @Test
    void deadEndpointSaysSoAndChangesNothing() throws Exception {
        String dead;
        try (ServerSocket s = new ServerSocket(0)) {
            dead = "http://localhost:" + s.getLocalPort() + "/wikidata/sparql";
        }
        try (Store store = LinkFixtures.store(dir)) {
            Dataset before = copy(store);
            long quads = store.quadCount();
            EndpointException e = assertThrows(EndpointException.class,
                    () -> new Linker(store, fast(dead), LinkSettings.defaults()).run());
            assertTrue(e.getMessage().startsWith("cannot reach " + dead + ": "), e.getMessage());
            assertFalse(e.getMessage().contains("\n"));
            assertEquals(quads, store.quadCount());
            assertTrue(Txn.calculateRead(store.dataset(),
                    () -> IsoMatcher.isomorphic(before.asDatasetGraph(), store.dataset().asDatasetGraph())));
        }
    }

    /** Actor → Q-id of its owl:sameAs to Wikidata. */
    static Map<String, String> sameAs(Store store) {
        Map<String, String> out = new java.util.TreeMap<>();
        for (Map<String, String> r : Fixtures.select(store, """
                SELECT ?a ?x WHERE { ?a <http://www.w3.org/2002/07/owl#sameAs> ?x
                  FILTER(STRSTARTS(STR(?x), "http://www.wikidata.org/entity/")) }""")) {
            out.put(r.get("a"), r.get("x").substring("http://www.wikidata.org/entity/".length()));
        }
        return out;
    }

    static Set<String> dbpedia(Store store, String... actors) {
        Set<String> out = new TreeSet<>();
        for (String a : actors) {
            Fixtures.select(store, "SELECT ?x WHERE { <" + a + "> <http://www.w3.org/2002/07/owl#sameAs> ?x "
                    + "FILTER(STRSTARTS(STR(?x), \"http://dbpedia.org/resource/\")) }").forEach(r -> out.add(r.get("x")));
        }
        return out;
    }

    static Dataset copy(Store store) {
        return Txn.calculateRead(store.dataset(), () -> {
            DatasetGraph copy = DatasetFactory.createGeneral().asDatasetGraph();
            store.dataset().asDatasetGraph().find().forEachRemaining(copy::add);
            return DatasetFactory.wrap(copy);
        });
    }
}
