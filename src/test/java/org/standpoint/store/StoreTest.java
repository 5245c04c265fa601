package org.standpoint.store;

import org.standpoint.iri.Iris;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.standpoint.store.Fixtures.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {
    @TempDir
    Path dir;

    @Test
    void queryWithoutGraphSeesRegistryAndArticlesTogether() {
        try (Store store = Store.open(dir)) {
            store.writeArticle(articleGraph(KEY_1), article1(), registryOfArticle1());
            store.writeArticle(articleGraph(KEY_2), article2(), registryOfArticle2());
            // The speaker's name is in the registry graph, the quote in an article graph: one BGP joins them.
            List<Map<String, String>> rows = select(store, """
                    SELECT ?name ?quote WHERE {
                      ?st a stp:Statement ; stp:speaker ?p ; stp:contentSpan/nif:anchorOf ?quote .
                      ?p rdfs:label ?name .
                    } ORDER BY ?name""");
            assertEquals(List.of(Map.of("name", "Sadiq Khan", "quote", KHAN_QUOTE),
                    Map.of("name", "Toby Harris", "quote", HARRIS_QUOTE)), rows);
            // And GRAPH still tells where a triple came from.
            List<Map<String, String>> graphs = select(store,
                    "SELECT ?g WHERE { GRAPH ?g { ?st nif:anchorOf \"" + HARRIS_QUOTE + "\" } }");
            assertEquals(List.of(Map.of("g", articleGraph(KEY_1))), graphs);
        }
    }

    @Test
    void textQueryFindsPeopleByNameAndByPartOfAnAlias() {
        try (Store store = Store.open(dir)) {
            store.writeArticle(articleGraph(KEY_1), article1(), registryOfArticle1());
            store.writeArticle(articleGraph(KEY_1), article1(), registryOfArticle1());
            store.writeArticle(articleGraph(KEY_2), article2(), registryOfArticle2());
            String harris = person("toby-harris");
            assertEquals(List.of(harris), subjects(store, "(rdfs:label \"harris\")"));
            assertEquals(List.of(harris), subjects(store, "\"Harris\""), "rdfs:label is the default field");
            assertEquals(List.of(harris), subjects(store, "(skos:altLabel \"haringey\")"));
            assertEquals(List.of(harris), subjects(store, "(skos:altLabel \"Hari*\")"));
            assertEquals(List.of(), subjects(store, "(rdfs:label \"haringey\")"), "an alias is not a label");
            assertEquals(List.of(person("sadiq-khan")), subjects(store, "(skos:altLabel \"mayor\")"));
            assertEquals(List.of(issue("armed-foot-patrols")), subjects(store, "(skos:prefLabel \"patrols\")"));
            assertEquals(List.of(harris), subjects(store, "\"label:haringey OR altLabel:haringey\""));
        }
    }

    @Test
    void textIndexFoldsAccents() {
        try (Store store = Store.inMemory()) {
            store.writeArticle(articleGraph(KEY_1), article1(), personEntry("zoe-o-dalaigh", "Zoë Ó Dálaigh"));
            assertEquals(List.of(person("zoe-o-dalaigh")), subjects(store, "(rdfs:label \"dalaigh\")"));
            assertEquals(List.of(person("zoe-o-dalaigh")), subjects(store, "(rdfs:label \"Zoë\")"));
        }
    }

    @Test
    void removingAnArticleTakesItsStatementsOutOfThePositionsGraph() {
        Set<Quad> onlySecond;
        try (Store fresh = Store.inMemory()) {
            fresh.writeArticle(articleGraph(KEY_2), article2(), registryOfArticle2());
            onlySecond = positionsOf(fresh);
        }
        try (Store store = Store.open(dir)) {
            store.writeArticle(articleGraph(KEY_1), article1(), registryOfArticle1());
            store.writeArticle(articleGraph(KEY_2), article2(), registryOfArticle2());
            assertTrue(store.removeArticle(articleGraph(KEY_1)));
            assertEquals(onlySecond, positionsOf(store), "as if the first article had never been loaded");
            assertEquals(List.of(), select(store, "SELECT ?s { GRAPH <" + articleGraph(KEY_1) + "> { ?s ?p ?o } }"));
            assertEquals(Set.of(KHAN_QUOTE), anchors(store));
            assertFalse(store.removeArticle(articleGraph(KEY_1)), "a second remove finds nothing");
        }
    }

    @Test
    void writingTheSameArticleTwiceChangesNothing() {
        try (Store store = Store.open(dir)) {
            store.writeArticle(articleGraph(KEY_1), article1(), registryOfArticle1());
            long once = store.quadCount();
            Set<Quad> before = quads(store);
            store.writeArticle(articleGraph(KEY_1), article1(), registryOfArticle1());
            assertEquals(once, store.quadCount());
            assertEquals(before, quads(store));
            assertEquals(article1().size() + registryOfArticle1().size(), sourceQuads(store));
        }
    }

    @Test
    void rewritingAnArticleReplacesItsGraphButKeepsTheRegistry() {
        try (Store store = Store.open(dir)) {
            store.writeArticle(articleGraph(KEY_1), article1(), registryOfArticle1());
            store.writeArticle(articleGraph(KEY_2), article2(), registryOfArticle2());
            Model revised = article(KEY_1, "toby-harris", org.standpoint.rdf.STP.conditional, "only with safeguards", 7);
            store.writeArticle(articleGraph(KEY_1), revised, ModelFactory.createDefaultModel());

            assertEquals(Set.of("only with safeguards", KHAN_QUOTE), anchors(store));
            assertEquals(List.of(Map.of("stance", org.standpoint.rdf.STP.conditional.getURI())),
                    select(store, "SELECT ?stance { ?st stp:speaker <" + person("toby-harris") + "> ; stp:stance ?stance }"));
            // Nothing of the first version is left in its graph, and the registry entry it added stays.
            assertTrue(Txn.calculateRead(store.dataset(), () -> store.dataset().getNamedModel(articleGraph(KEY_1))
                    .isIsomorphicWith(revised)));
            assertEquals(List.of(person("toby-harris")), subjects(store, "(skos:altLabel \"haringey\")"));
        }
    }

    @Test
    void replacingAGraphDropsItsNamesFromTheIndex() {
        try (Store store = Store.inMemory()) {
            Model withLabel = article1().add(personEntry("temporary-person", "Temporary Person"));
            store.writeArticle(articleGraph(KEY_1), withLabel, null);
            assertEquals(List.of(person("temporary-person")), subjects(store, "\"temporary\""));
            store.writeArticle(articleGraph(KEY_1), article1(), null);
            // text:query answers from the index alone: a stale entry would name a subject that no longer exists.
            assertEquals(List.of(), subjects(store, "\"temporary\""));
        }
    }

    @Test
    void aFailureMidwayLeavesNothingHalfWritten() {
        try (Store store = Store.open(dir)) {
            store.writeArticle(articleGraph(KEY_1), article1(), registryOfArticle1());
            Set<Quad> before = quads(store);

            Model revised = article(KEY_1, "toby-harris", org.standpoint.rdf.STP.support, "a new quote", 3);
            Model failingRegistry = failingAfter(2, personEntry("ghost", "Ghost Writer", "the phantom")
                    .add(personEntry("ghost-2", "Ghost Two")));
            assertThrows(IllegalStateException.class,
                    () -> store.writeArticle(articleGraph(KEY_1), revised, failingRegistry));

            assertEquals(before, quads(store), "old article graph kept, new one and partial registry rolled back");
            assertEquals(Set.of(HARRIS_QUOTE), anchors(store));
            assertEquals(List.of(), subjects(store, "\"ghost\""), "the index rolled back too");
            // The store still works after the abort.
            store.writeArticle(articleGraph(KEY_2), article2(), registryOfArticle2());
            assertEquals(Set.of(HARRIS_QUOTE, KHAN_QUOTE), anchors(store));
        }
    }

    @Test
    void vocabularyGraphIsReplacedNotMerged() {
        try (Store store = Store.inMemory()) {
            Model v1 = ModelFactory.createDefaultModel();
            v1.createResource(org.standpoint.rdf.STP.Statement.getURI()).addProperty(RDF.type, OWL.Class)
                    .addProperty(RDFS.label, "statement");
            Model v2 = ModelFactory.createDefaultModel();
            v2.createResource(org.standpoint.rdf.STP.Statement.getURI()).addProperty(RDF.type, OWL.Class)
                    .addProperty(RDFS.label, "attributed statement");
            store.loadVocabulary(v1);
            store.loadVocabulary(v2);
            assertEquals(v2.size(), store.quadCount());
            assertTrue(Txn.calculateRead(store.dataset(),
                    () -> store.dataset().getNamedModel(store.iris().vocabGraph()).isIsomorphicWith(v2)));
            assertEquals(new Iris(Iris.DEFAULT_BASE).vocabGraph(), store.iris().vocabGraph());
        }
    }

    @Test
    void dataAndIndexSurviveReopening() {
        try (Store store = Store.open(dir)) {
            store.writeArticle(articleGraph(KEY_1), article1(), registryOfArticle1());
        }
        assertTrue(Files.isDirectory(dir.resolve(Store.TEXT_DIR)), "index lives inside the store directory");
        try (Store store = Store.open(dir)) {
            assertEquals(article1().size() + registryOfArticle1().size(), sourceQuads(store));
            assertFalse(positionsOf(store).isEmpty(), "the positions derived on write are stored with the data");
            assertEquals(List.of(person("toby-harris")), subjects(store, "(skos:altLabel \"haringey\")"));
        }
    }

    @Test
    void aStoreCannotBeOpenedTwice() {
        try (Store store = Store.open(dir)) {
            store.writeArticle(articleGraph(KEY_1), article1(), registryOfArticle1());
            assertThrows(IllegalStateException.class, () -> Store.open(dir));
            // The failed second open must not have disturbed the first.
            store.writeArticle(articleGraph(KEY_2), article2(), registryOfArticle2());
            assertEquals(Set.of(HARRIS_QUOTE, KHAN_QUOTE), anchors(store));
            assertEquals(List.of(person("sadiq-khan")), subjects(store, "(skos:altLabel \"mayor\")"));
        }
    }

    @Test
    void baseIsConfigurable() {
        try (Store store = Store.inMemory("https://example.org/kg")) {
            assertEquals("https://example.org/kg/", store.base());
            assertEquals("https://example.org/kg/graph/registry", store.iris().registryGraph());
        }
    }

    /** Not DISTINCT on purpose: a label indexed twice (say, by writing an article again) would show up twice. */
    private static List<String> subjects(Store store, String textArgs) {
        return select(store, "SELECT ?s { ?s text:query " + textArgs + " } ORDER BY ?s").stream()
                .map(r -> r.get("s")).collect(Collectors.toList());
    }

    private static Set<String> anchors(Store store) {
        return select(store, "SELECT ?a { ?span nif:anchorOf ?a }").stream().map(r -> r.get("a")).collect(Collectors.toSet());
    }

    /** The quads written by the caller: all but the positions graph, which the store derives from them. */
    private static long sourceQuads(Store store) {
        return quads(store).size() - positionsOf(store).size();
    }

    private static Set<Quad> positionsOf(Store store) {
        Node positions = NodeFactory.createURI(new Iris(Iris.DEFAULT_BASE).positionsGraph());
        return quads(store).stream().filter(q -> q.getGraph().equals(positions)).collect(Collectors.toSet());
    }

    private static Set<Quad> quads(Store store) {
        return Txn.calculateRead(store.dataset(), () -> {
            Set<Quad> all = new java.util.HashSet<>();
            store.dataset().asDatasetGraph().find().forEachRemaining(all::add);
            return all;
        });
    }

    /** A model that hands out {@code n} of its triples and then fails, as a broken source would mid-stream. */
    private static Model failingAfter(int n, Model content) {
        GraphBase graph = new GraphBase() {
            @Override
            protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
                Iterator<Triple> inner = content.getGraph().find(pattern);
                return WrappedIterator.create(new Iterator<Triple>() {
                    int given;

                    @Override
                    public boolean hasNext() {
                        return inner.hasNext();
                    }

                    @Override
                    public Triple next() {
                        if (given++ == n) throw new IllegalStateException("source failed after " + n + " triples");
                        return inner.next();
                    }
                });
            }
        };
        return ModelFactory.createModelForGraph(graph);
    }

}
