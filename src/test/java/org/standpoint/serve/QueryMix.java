package org.standpoint.serve;

import java.util.ArrayList;
import java.util.List;

/**
 * Requests a public endpoint gets in the wild, good and bad, each with the answer it must get: for the server's
 * concurrency test and {@link ServerLoadBenchmark}.
 */
final class QueryMix {
    /** How a request must end: answered (200), refused as malformed (400), or stopped by the timeout (503). */
    enum Expect { ANSWERED, REFUSED, STOPPED }

    /** One request; {@code query} is sent by POST as application/sparql-query. */
    record Request(String name, String query, Expect expect) {
    }

    private QueryMix() {
    }

    /** The malformed and pathological requests; the caller adds the good ones it knows answers for. */
    static List<Request> hostile() {
        List<Request> r = new ArrayList<>();
        r.add(new Request("syntax error", "SELECT ?s WHERE { ?s ?p }", Expect.REFUSED));
        r.add(new Request("not SPARQL", "DROP TABLE statements; --", Expect.REFUSED));
        r.add(new Request("update on the query endpoint", "DELETE WHERE { ?s ?p ?o }", Expect.REFUSED));
        r.add(new Request("unbalanced braces", "SELECT * { { { ?s ?p ?o }", Expect.REFUSED));
        r.add(new Request("injection-style literal",
                "SELECT * { ?s ?p \"x\" } } ; DELETE WHERE { ?s ?p ?o } #\" }", Expect.REFUSED));
        r.add(new Request("cartesian product",
                "SELECT (COUNT(*) AS ?n) { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f . ?g ?s ?h }", Expect.STOPPED));
        r.add(new Request("deep property path",
                "SELECT (COUNT(*) AS ?n) { ?a (!<urn:x:none>)* ?b . ?c (!<urn:x:none>)+/(!<urn:x:none>)* ?d . ?e (!<urn:x:none>)* ?f }",
                Expect.STOPPED));
        r.add(new Request("regex over everything, cross joined",
                "SELECT (COUNT(*) AS ?n) { ?a ?p ?x . ?b ?q ?y . ?c ?r ?z FILTER(REGEX(CONCAT(STR(?x), STR(?y), STR(?z)), \"(a+)+b\")) }",
                Expect.STOPPED));
        r.add(new Request("huge OFFSET", "SELECT * { ?s ?p ?o } OFFSET 9000000000000000000", Expect.ANSWERED));
        r.add(new Request("huge LIMIT", "SELECT * { ?s a ?t } LIMIT 9000000000000000000", Expect.ANSWERED));
        return r;
    }

    /** The status code a request must get. */
    static int status(Expect e) {
        return switch (e) {
            case ANSWERED -> 200;
            case REFUSED -> 400;
            case STOPPED -> 503;
        };
    }
}
