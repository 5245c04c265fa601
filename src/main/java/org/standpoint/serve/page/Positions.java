package org.standpoint.serve.page;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.standpoint.query.SavedQuery;

/**
 * Reads {@link Position}s, statements with their evidence: beside an actor page's positions, of one position, in an
 * article, or one statement.
 */
final class Positions {
    /** A position with at most this many statements shows them all on an actor page; a bigger one its latest. */
    static final int FEW = 3;

    // One query shape, several ways in. {SELECTOR} is replaced by a constant below, never by request data: the
    // resource itself is bound through Sparql.bind.
    private static final String SHAPE = """
            SELECT ?statement ?stance ?issue ?issueLabel ?holder ?holderLabel ?speaker ?speakerLabel ?mode ?confidence
                   ?capRole ?capOrg ?article ?headline ?date ?text ?content ?begin ?end ?anchor
            WHERE {
              {SELECTOR}
              ?statement a stp:Statement ;
                         stp:stance ?stance ; stp:issue ?issue ; stp:holder ?holder ; stp:speaker ?speaker ;
                         stp:contentSpan ?content ; prov:wasDerivedFrom ?article .
              ?content nif:beginIndex ?begin ; nif:endIndex ?end ; nif:anchorOf ?anchor .
              OPTIONAL { ?issue skos:prefLabel ?issueLabel }
              OPTIONAL { ?holder rdfs:label ?holderLabel }
              OPTIONAL { ?speaker rdfs:label ?speakerLabel }
              OPTIONAL { ?statement stp:reportingMode/skos:prefLabel ?mode }
              OPTIONAL { ?statement stp:confidence ?confidence }
              # in the statement's own article graph: a membership is repeated in every article that names it, so
              # read across all graphs its role is thousands of quads for a prolific speaker
              OPTIONAL { GRAPH ?capGraph { ?statement stp:capacity/org:role ?roleConcept } ?roleConcept skos:prefLabel ?capRole }
              OPTIONAL { GRAPH ?orgGraph { ?statement stp:capacity/org:organization ?capOrgan } ?capOrgan rdfs:label ?capOrg }
              OPTIONAL { ?article schema:headline ?headline }
              OPTIONAL { ?article schema:datePublished ?date }
              OPTIONAL { ?article nif:isString ?text }
            }
            ORDER BY STR(?date) ?article ?begin
            """;

    // An actor page's positions (Standings.HELD) with their latest statement, or all of them when a position has a few.
    private static final Query OF_ACTOR_PAGE = shape(Standings.HELD + """
             { ?position stp:latestStatement ?statement }
             UNION { ?position stp:statementCount ?m ; stp:positionStatement ?statement . FILTER (?m <= %d) }"""
            .formatted(FEW));
    // What the actor said for others on those positions (Standings.VOICED), from their newest statements.
    private static final Query VOICED_ON_ACTOR_PAGE = shape("{ SELECT ?statement WHERE { " + Standings.VOICED + """
             ?position stp:recentStatement ?statement . ?statement stp:speaker ?focus . } LIMIT %d }"""
            .formatted(Standings.VOICED_PAGE * FEW));
    // A position page's statements are chosen by the saved query a SPARQL user runs for that question.
    private static final SavedQuery POSITION_EVIDENCE = SavedQuery.named("position-evidence");
    // What those rows need besides; the saved query is set in front of it as a sub-select of ?statement, so the page
    // is one query, as it was when it read the position's statements itself.
    private static final Query DETAILS = shape("");
    private static final Comparator<Position> NEWEST_FIRST = Comparator
            .comparing((Position p) -> p.date() == null ? "" : p.date(), Comparator.reverseOrder())
            .thenComparing(p -> p.statement().iri());
    private static final Query IN_ARTICLE = shape("?statement prov:wasDerivedFrom ?focus .");
    private static final Query ONE = shape("BIND(?focus AS ?statement)");

    private final Sparql sparql;

    Positions(Sparql sparql) {
        this.sparql = sparql;
    }

    /**
     * The statements an actor page shows beside its positions: the latest of each, every one of a position with at
     * most {@value #FEW}.
     */
    List<Position> ofActorPage(String actorIri) {
        return run(OF_ACTOR_PAGE, actorIri);
    }

    /** The statements an actor page shows beside the positions it voiced for others: up to {@value #FEW} each. */
    List<Position> voicedOnActorPage(String actorIri) {
        return run(VOICED_ON_ACTOR_PAGE, actorIri);
    }

    /** A position's newest statements, newest first: the first page of position-evidence. */
    List<Position> ofPosition(Standing position) {
        Query evidence = POSITION_EVIDENCE.with(Map.of("actor", List.of(position.holder().iri()),
                "issue", List.of(position.issue().iri()), "stance", List.of(position.stance().iri),
                "limit", List.of(String.valueOf(Standings.POSITION_PAGE))));
        Query statements = new Query();
        statements.setQuerySelectType();
        statements.addResultVar("statement");
        ElementGroup chosen = new ElementGroup();
        chosen.addElement(new ElementSubQuery(evidence));
        statements.setQueryPattern(chosen);
        ElementGroup pattern = new ElementGroup();
        pattern.addElement(new ElementSubQuery(statements));
        ((ElementGroup) DETAILS.getQueryPattern()).getElements().forEach(pattern::addElement);
        Query q = DETAILS.cloneQuery();
        q.setQueryPattern(pattern);
        // the saved query's order: newest first, then by IRI
        return run(q, new QuerySolutionMap()).stream().sorted(NEWEST_FIRST).toList();
    }

    List<Position> inArticle(String articleIri) {
        return run(IN_ARTICLE, articleIri);
    }

    List<Position> statement(String statementIri) {
        return run(ONE, statementIri);
    }

    private static Query shape(String selector) {
        return Sparql.parse(SHAPE.replace("{SELECTOR}", selector));
    }

    private List<Position> run(Query query, String focus) {
        return run(query, Sparql.bind("focus", focus));
    }

    private List<Position> run(Query query, QuerySolution bindings) {
        // Keyed by statement: a second label or a holder who is also the speaker must not repeat a statement.
        Map<String, Position> byStatement = new LinkedHashMap<>();
        for (Position p : sparql.select(query, bindings, Positions::position))
            byStatement.putIfAbsent(p.statement().iri(), p);
        return List.copyOf(byStatement.values());
    }

    private static Position position(QuerySolution row) {
        String text = Sparql.string(row, "text");
        Evidence evidence = Evidence.of(text, Sparql.integer(row, "begin"), Sparql.integer(row, "end"));
        String capRole = Sparql.string(row, "capRole");
        String capOrg = Sparql.string(row, "capOrg");
        String capacity = capRole == null ? capOrg : capOrg == null ? capRole : capRole + ", " + capOrg;
        return new Position(new Ref(Sparql.iri(row, "statement"), null), Stance.of(Sparql.iri(row, "stance")),
                Sparql.ref(row, "issue", "issueLabel"), Sparql.ref(row, "holder", "holderLabel"),
                Sparql.ref(row, "speaker", "speakerLabel"), Sparql.string(row, "mode"), Sparql.string(row, "confidence"),
                capacity, Sparql.ref(row, "article", "headline"), Sparql.string(row, "date"), Sparql.string(row, "anchor"),
                Sparql.iri(row, "content"), evidence);
    }
}
