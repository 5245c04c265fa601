package org.standpoint.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.store.Directory;

/**
 * The jena-text Lucene index over the names of things, so users find "Lord Harris" without knowing his IRI.
 *
 * <p>One Lucene field per indexed predicate:
 * <table>
 * <caption>fields</caption>
 * <tr><th>field</th><th>predicate</th><th>holds</th></tr>
 * <tr><td>{@value #LABEL}</td><td>{@code rdfs:label}</td><td>canonical names of actors; the default field</td></tr>
 * <tr><td>{@value #ALT_LABEL}</td><td>{@code skos:altLabel}</td><td>other surface forms ("Lord Harris", "the Met")</td></tr>
 * <tr><td>{@value #PREF_LABEL}</td><td>{@code skos:prefLabel}</td><td>names of role and issue concepts</td></tr>
 * </table>
 *
 * <p>In SPARQL: {@code ?s text:query (rdfs:label "harris")} searches one predicate's field, {@code ?s text:query
 * "harris"} the default field ({@code rdfs:label}), and Lucene syntax reaches several at once:
 * {@code ?s text:query "label:harris OR altLabel:harris"}.
 *
 * <p>Every document carries a {@value #UID} field: without it jena-text cannot delete index entries, and replacing a
 * graph would leave stale names findable. There is deliberately no graph field: with the union default graph,
 * jena-text would filter hits by the (empty) stored default graph.
 */
final class LabelIndex {
    static final String ENTITY = "uri";
    static final String LABEL = "label";
    static final String ALT_LABEL = "altLabel";
    static final String PREF_LABEL = "prefLabel";
    static final String UID = "uid";

    private LabelIndex() {
    }

    static TextIndex create(Directory directory) {
        EntityDefinition entities = new EntityDefinition(ENTITY, LABEL, RDFS.label);
        entities.set(ALT_LABEL, SKOS.altLabel.asNode());
        entities.set(PREF_LABEL, SKOS.prefLabel.asNode());
        entities.setUidField(UID);
        TextIndexConfig config = new TextIndexConfig(entities);
        config.setAnalyzer(new LabelAnalyzer());
        config.setQueryAnalyzer(new LabelAnalyzer());
        return new TextIndexLucene(directory, config);
    }

    /**
     * Empties the index and indexes every label of {@code tdb} again, then removes {@code marker}. For a store whose
     * last writer died between the TDB2 and the Lucene commit; the triples are the truth, the index only mirrors them.
     */
    static void rebuild(TextIndex index, DatasetGraph tdb, Path marker) {
        EntityDefinition definition = index.getDocDef();
        try {
            ((TextIndexLucene) index).getIndexWriter().deleteAll();
            Txn.executeRead(tdb, () -> tdb.find().forEachRemaining(quad -> {
                Entity entity = TextQueryFuncs.entityFromQuad(definition, quad);
                if (entity != null) index.addEntity(entity);
            }));
            index.prepareCommit();
            index.commit();
            Files.deleteIfExists(marker);
        } catch (IOException e) {
            index.rollback();
            throw new UncheckedIOException("Cannot rebuild the text index", e);
        }
    }
}
