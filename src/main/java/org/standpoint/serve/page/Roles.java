package org.standpoint.serve.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Query;

/**
 * The roles an actor held, over time. A membership is stated by articles (it lives in their graphs), so its time is
 * the dates of the articles that state it: first and last seen, and whether the latest of them calls it current.
 */
final class Roles {
    record Role(String role, Ref organisation, String firstSeen, String lastSeen, boolean current, List<Ref> articles) {
    }

    private record Sighting(String membership, String role, Ref organisation, boolean current, Ref article, String date) {
    }

    private static final Query SIGHTINGS = Sparql.parse("""
            SELECT ?m ?roleLabel ?org ?orgLabel ?current ?article ?headline ?date WHERE {
              GRAPH ?g {
                ?m org:member ?actor ; org:role ?role .
                OPTIONAL { ?m org:organization ?org }
                OPTIONAL { ?m stp:current ?current }
                ?article a schema:NewsArticle .
              }
              OPTIONAL { ?role skos:prefLabel ?roleLabel }
              OPTIONAL { ?org rdfs:label ?orgLabel }
              OPTIONAL { ?article schema:headline ?headline }
              OPTIONAL { ?article schema:datePublished ?date }
            } ORDER BY STR(?date) ?article
            """);

    private final Sparql sparql;

    Roles(Sparql sparql) {
        this.sparql = sparql;
    }

    /** Roles in the order they were first seen. */
    List<Role> of(String actorIri) {
        List<Sighting> sightings = sparql.select(SIGHTINGS, Sparql.bind("actor", actorIri), row -> new Sighting(
                Sparql.iri(row, "m"), Sparql.string(row, "roleLabel"), Sparql.ref(row, "org", "orgLabel"),
                !"false".equals(Sparql.string(row, "current")), Sparql.ref(row, "article", "headline"),
                Sparql.string(row, "date")));
        Map<String, List<Sighting>> byMembership = new LinkedHashMap<>();
        for (Sighting s : sightings) byMembership.computeIfAbsent(s.membership(), k -> new ArrayList<>()).add(s);
        List<Role> roles = new ArrayList<>();
        for (List<Sighting> seen : byMembership.values()) {
            Sighting first = seen.get(0);
            Sighting last = seen.get(seen.size() - 1);
            List<Ref> articles = seen.stream().map(Sighting::article).distinct().toList();
            roles.add(new Role(first.role(), first.organisation(), first.date(), last.date(), last.current(), articles));
        }
        return roles;
    }
}
