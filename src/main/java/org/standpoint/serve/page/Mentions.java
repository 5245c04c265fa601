package org.standpoint.serve.page;

import java.util.List;

import org.apache.jena.query.Query;

/** The articles that mention an actor, newest first: where a reader goes to see the actor in context. */
final class Mentions {
    /** Articles a page lists; the count says how many there are in all. */
    static final int PAGE = 20;

    record Article(Ref article, String date) {
    }

    record Page(List<Article> newest, int all) {
    }

    private static final Query NEWEST = Sparql.parse("""
            SELECT ?article ?headline ?date WHERE {
              GRAPH ?g { ?article schema:mentions ?actor OPTIONAL { ?article schema:datePublished ?date } }
              OPTIONAL { ?article schema:headline ?headline }
            } ORDER BY DESC(STR(?date)) ?article LIMIT %d
            """.formatted(PAGE));

    private static final Query COUNT = Sparql.parse("""
            SELECT (COUNT(DISTINCT ?article) AS ?n) WHERE { GRAPH ?g { ?article schema:mentions ?actor } }
            """);

    private final Sparql sparql;

    Mentions(Sparql sparql) {
        this.sparql = sparql;
    }

    Page of(String actorIri) {
        List<Article> newest = sparql.select(NEWEST, Sparql.bind("actor", actorIri),
                r -> new Article(Sparql.ref(r, "article", "headline"), Sparql.string(r, "date")));
        int all = newest.size() < PAGE ? newest.size()
                : sparql.select(COUNT, Sparql.bind("actor", actorIri), r -> Sparql.integer(r, "n")).get(0);
        return new Page(newest, all);
    }
}
