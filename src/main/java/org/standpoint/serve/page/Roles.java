package org.standpoint.serve.page;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;

/**
 * The roles an actor held, over time. A membership is stated by articles, so its time is the dates of the articles
 * that state it; the store keeps those sightings summed up per membership (first and last seen, how many articles,
 * the latest and whether it calls the role current), so a role stated by thousands of articles costs one row.
 */
final class Roles {
    /** @param articles how many articles state the role; {@code latest} the latest of them */
    record Role(String role, Ref organisation, String firstSeen, String lastSeen, boolean current, int articles, Ref latest) {
    }

    /** A person (or body) holding a role in an organisation. */
    record Member(Ref member, Role role) {
    }

    /** Roles a page lists: those stated most often, then in the order first seen. */
    static final int PAGE = 50;

    private static final Query ROLES = Sparql.parse("""
            SELECT ?m ?roleLabel ?org ?orgLabel ?n ?first ?last ?current ?article ?headline WHERE {
              { SELECT ?m ?n WHERE { ?m stp:sightedMember ?actor ; stp:sightingCount ?n } ORDER BY DESC(?n) ?m LIMIT %d }
              ?m stp:lastSighting ?article ; stp:lastSeenCurrent ?current ; org:role ?role .
              OPTIONAL { ?m stp:firstSeen ?first }
              OPTIONAL { ?m stp:lastSeen ?last }
              OPTIONAL { ?m org:organization ?org OPTIONAL { ?org rdfs:label ?orgLabel } }
              OPTIONAL { ?role skos:prefLabel ?roleLabel }
              OPTIONAL { ?article schema:headline ?headline }
            } ORDER BY STR(?first) ?m
            """.formatted(PAGE));

    /** The same sightings seen from the organisation: who held which role in it. */
    private static final Query MEMBERS = Sparql.parse("""
            SELECT ?m ?member ?memberLabel ?roleLabel ?n ?first ?last ?current ?article ?headline WHERE {
              { SELECT ?m ?n WHERE { ?m org:organization ?org ; stp:sightingCount ?n } ORDER BY DESC(?n) ?m LIMIT %d }
              ?m stp:sightedMember ?member ; stp:lastSighting ?article ; stp:lastSeenCurrent ?current ; org:role ?role .
              OPTIONAL { ?member rdfs:label ?memberLabel }
              OPTIONAL { ?m stp:firstSeen ?first }
              OPTIONAL { ?m stp:lastSeen ?last }
              OPTIONAL { ?role skos:prefLabel ?roleLabel }
              OPTIONAL { ?article schema:headline ?headline }
            } ORDER BY DESC(?n) ?memberLabel ?m
            """.formatted(PAGE));

    private final Sparql sparql;

    Roles(Sparql sparql) {
        this.sparql = sparql;
    }

    /** Roles in the order they were first seen. */
    List<Role> of(String actorIri) {
        // rows are read inside the query's transaction: a solution's values are fetched lazily from the store
        Map<String, Role> byMembership = new LinkedHashMap<>();
        for (Map.Entry<String, Role> row : sparql.select(ROLES, Sparql.bind("actor", actorIri), Roles::role))
            byMembership.putIfAbsent(row.getKey(), row.getValue());
        return List.copyOf(byMembership.values());
    }

    /** The organisation's members, those stated in the most articles first. */
    List<Member> members(String organisationIri) {
        Map<String, Member> byMembership = new LinkedHashMap<>();
        for (Map.Entry<String, Member> row : sparql.select(MEMBERS, Sparql.bind("org", organisationIri), r -> Map.entry(
                Sparql.iri(r, "m"), new Member(Sparql.ref(r, "member", "memberLabel"), role(r).getValue()))))
            byMembership.putIfAbsent(row.getKey(), row.getValue());
        return List.copyOf(byMembership.values());
    }

    /** A row as its membership's IRI and the role it shows. */
    private static Map.Entry<String, Role> role(QuerySolution row) {
        return Map.entry(Sparql.iri(row, "m"), new Role(Sparql.string(row, "roleLabel"), Sparql.ref(row, "org", "orgLabel"),
                Sparql.string(row, "first"), Sparql.string(row, "last"), Boolean.parseBoolean(Sparql.string(row, "current")),
                Sparql.integer(row, "n"), Sparql.ref(row, "article", "headline")));
    }
}
