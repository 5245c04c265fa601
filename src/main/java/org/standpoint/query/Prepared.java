package org.standpoint.query;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;

/**
 * Parsed queries by text and parameter values, the most recently used kept. Pages ask the same few questions again
 * and again, and parsing a saved query (twice: once for its prefixes, once filled in) took a millisecond, a good
 * part of a small page. A parsed {@link Query} is only read by the executions that share it.
 */
final class Prepared {
    private static final int KEPT = 1024;
    private static final Map<List<Object>, Query> PARSED = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Object>, Query> eldest) {
            return size() > KEPT;
        }
    });

    private Prepared() {
    }

    static Query query(String text, Map<String, List<String>> values) {
        List<Object> key = List.of(text, Map.copyOf(values));
        Query q = PARSED.get(key);
        if (q == null) {
            q = values.isEmpty() ? QueryFactory.create(text)
                    : QueryFactory.create(QueryParameters.substitute(text, values, query(text, Map.of()).getPrefixMapping()));
            PARSED.put(key, q);
        }
        return q;
    }
}
