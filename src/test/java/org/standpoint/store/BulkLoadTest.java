package org.standpoint.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Store#bulkLoad}: N-Quads in through TDB2's parallel loader give the store {@link Store#writeArticle} would
 * build from the same graphs, label index and all, and the optimizer statistics file.
 */
class BulkLoadTest {
    @Test
    void bulkLoadedGraphsAreTheWrittenOnesAndTheirLabelsAreFound(@TempDir Path dir) throws IOException {
        Path shard = dir.resolve("part-00000");
        Dataset ds = DatasetFactory.create();
        ds.addNamedModel(Fixtures.articleGraph(Fixtures.KEY_1), Fixtures.article1());
        ds.addNamedModel(Fixtures.articleGraph(Fixtures.KEY_2), Fixtures.article2());
        ds.addNamedModel(Fixtures.BASE + "graph/registry", Fixtures.registryOfArticle1().add(Fixtures.registryOfArticle2()));
        try (OutputStream out = Files.newOutputStream(shard)) {
            RDFDataMgr.write(out, ds, Lang.NQUADS);
        }

        try (Store written = Store.open(dir.resolve("written")); Store bulk = Store.open(dir.resolve("bulk"))) {
            written.writeArticle(Fixtures.articleGraph(Fixtures.KEY_1), Fixtures.article1(), Fixtures.registryOfArticle1());
            written.writeArticle(Fixtures.articleGraph(Fixtures.KEY_2), Fixtures.article2(), Fixtures.registryOfArticle2());
            // the loader counts the shard's quads; the positions graph is derived from them afterwards
            assertEquals(ds.asDatasetGraph().stream().count(), bulk.bulkLoad(List.of(shard)).quads());
            assertEquals(written.quadCount(), bulk.quadCount());
            assertTrue(Txn.calculateRead(bulk.dataset(), () -> Txn.calculateRead(written.dataset(),
                    () -> isomorphic(written, bulk))));
            for (String search : List.of("(rdfs:label \"harris\")", "(skos:altLabel \"mayor\")", "(skos:prefLabel \"patrols\")")) {
                assertEquals(labels(written, search), labels(bulk, search), search);
            }
            assertEquals(Set.of(Fixtures.person("toby-harris")), labels(bulk, "(rdfs:label \"harris\")"));
            try (var files = Files.walk(dir.resolve("bulk"))) {
                assertTrue(files.anyMatch(p -> p.getFileName().toString().equals("stats.opt")));
            }
            // on data already there the loader would bypass the one-graph-per-article replacement
            assertThrows(IllegalStateException.class, () -> bulk.bulkLoad(List.of(shard)));
        }
    }

    private static boolean isomorphic(Store a, Store b) {
        var ga = a.dataset().asDatasetGraph();
        var gb = b.dataset().asDatasetGraph();
        Set<String> names = new TreeSet<>();
        ga.listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
        Set<String> other = new TreeSet<>();
        gb.listGraphNodes().forEachRemaining(n -> other.add(n.getURI()));
        if (!names.equals(other)) return false;
        for (String g : names) {
            var n = org.apache.jena.graph.NodeFactory.createURI(g);
            if (!ga.getGraph(n).isIsomorphicWith(gb.getGraph(n))) return false;
        }
        return true;
    }

    private static Set<String> labels(Store store, String textArgs) {
        Set<String> out = new TreeSet<>();
        Fixtures.select(store, "SELECT ?s { ?s text:query " + textArgs + " }").forEach(r -> out.add(r.get("s")));
        return out;
    }
}
