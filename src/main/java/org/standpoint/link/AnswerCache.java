package org.standpoint.link;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.system.Txn;
import org.standpoint.rdf.STP;
import org.standpoint.store.Store;

/**
 * Endpoint answers by question, read from the store's cache graph once per run. New answers stay in memory until
 * {@link LinkWriter} stores them together with the links, so a run that fails half-way writes nothing.
 */
final class AnswerCache {
    private final Map<String, String> stored = new HashMap<>();
    private final Map<String, String> added = new LinkedHashMap<>();
    private int hits;

    static AnswerCache load(Store store, String cacheGraph) {
        AnswerCache cache = new AnswerCache();
        ParameterizedSparqlString q = new ParameterizedSparqlString(
                "SELECT ?key ?answer WHERE { GRAPH ?g { ?e ?cacheKey ?key ; ?answerP ?answer } }");
        q.setIri("g", cacheGraph);
        q.setIri("cacheKey", STP.cacheKey.getURI());
        q.setIri("answerP", STP.answer.getURI());
        Txn.executeRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(q.asQuery()).build()) {
                qe.execSelect().forEachRemaining(s ->
                        cache.stored.put(s.getLiteral("key").getLexicalForm(), s.getLiteral("answer").getLexicalForm()));
            }
        });
        return cache;
    }

    /** The cached answer, or null. */
    String get(String key) {
        String a = stored.get(key);
        if (a == null) a = added.get(key);
        if (a != null) hits++;
        return a;
    }

    void put(String key, String answer) {
        if (!stored.containsKey(key)) added.put(key, answer);
    }

    /** Answers fetched in this run, to be stored. */
    Map<String, String> added() {
        return added;
    }

    int hits() {
        return hits;
    }
}
