package org.standpoint.serve.page;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.standpoint.query.SavedQuery;

/**
 * Reads {@link Standing}s from the positions graph: an actor's and an issue's per stance through the saved queries
 * a SPARQL user runs (actor-stances, issue-stances), those an actor voiced for others, or one. Pages read these
 * bounded lists, never every statement, so the page of the most quoted person of an archive costs what a rare one's
 * does; the statements shown beside them are the latest of each.
 */
final class Standings {
    /** Positions an actor page lists, most statements first; the rest are a query away (actor-stances). */
    static final int ACTOR_PAGE = 50;
    /** Positions voiced for others on an actor page. */
    static final int VOICED_PAGE = 20;
    /** Holders an issue page lists per stance: a ranking's length ({@code stp:PositionRanking}). */
    static final int ISSUE_PAGE = 100;
    /** Statements a position page shows, newest first, of the 100 the position keeps in order. */
    static final int POSITION_PAGE = 20;

    // The voiced and single-position shapes have no saved query: only the actor and position pages ask them.
    // {PAGE} selects ?position and ?n; it is replaced by a constant below, never by request data.
    private static final String SHAPE = """
            SELECT ?position ?n ?holder ?holderLabel ?issue ?issueLabel ?stance ?latestDate ?latest ?quote
                   ?speaker ?speakerLabel ?article ?headline
            WHERE {
              {PAGE}
              ?position stp:positionHolder ?holder ; stp:positionIssue ?issue ; stp:positionStance ?stance ;
                        stp:latestStatement ?latest .
              OPTIONAL { ?position stp:latestDate ?latestDate }
              OPTIONAL { ?holder rdfs:label ?holderLabel }
              OPTIONAL { ?issue skos:prefLabel ?issueLabel }
              OPTIONAL { ?latest stp:contentSpan/nif:anchorOf ?quote }
              OPTIONAL { ?latest stp:speaker ?speaker OPTIONAL { ?speaker rdfs:label ?speakerLabel } }
              OPTIONAL { ?latest prov:wasDerivedFrom ?article OPTIONAL { ?article schema:headline ?headline } }
            }
            ORDER BY DESC(?n) ?position
            """;

    static final String HELD = page("?position stp:positionHolder ?focus .", ACTOR_PAGE);
    static final String VOICED = page("?position stp:positionSpeaker ?focus .", VOICED_PAGE);

    private static final SavedQuery ACTOR_STANCES = SavedQuery.named("actor-stances");
    private static final SavedQuery ISSUE_STANCES = SavedQuery.named("issue-stances");
    private static final Query VOICED_BY = shape(VOICED);
    private static final Query ONE = shape("BIND(?focus AS ?position) ?position stp:statementCount ?n .");
    private static final Query COUNT_HELD = Sparql.parse(
            "SELECT (COUNT(?position) AS ?all) { ?position stp:positionHolder ?focus }");

    private final Sparql sparql;

    Standings(Sparql sparql) {
        this.sparql = sparql;
    }

    /** The actor's own positions, the {@value #ACTOR_PAGE} with most statements. */
    List<Standing> heldBy(String actorIri) {
        Query q = ACTOR_STANCES.with(Map.of("actor", List.of(actorIri), "limit", List.of(String.valueOf(ACTOR_PAGE))));
        return distinct(sparql.select(q, new QuerySolutionMap(),
                row -> savedRow(row, new Ref(actorIri, Sparql.string(row, "actorLabel")), Sparql.ref(row, "issue", "issueLabel"))));
    }

    /** How many positions the actor holds in all. */
    int countHeldBy(String actorIri) {
        return sparql.select(COUNT_HELD, Sparql.bind("focus", actorIri), r -> Sparql.integer(r, "all")).get(0);
    }

    /** Positions of others that the actor spoke for, the {@value #VOICED_PAGE} with most statements. */
    List<Standing> voicedBy(String actorIri) {
        return run(VOICED_BY, Sparql.bind("focus", actorIri));
    }

    /** Who takes this stance on the issue or a narrower one: the {@value #ISSUE_PAGE} with most statements. */
    List<Standing> onIssue(String issueIri, Stance stance) {
        Query q = ISSUE_STANCES.with(Map.of("issue", List.of(issueIri), "stance", List.of(stance.iri),
                "limit", List.of(String.valueOf(ISSUE_PAGE))));
        return distinct(sparql.select(q, new QuerySolutionMap(),
                row -> savedRow(row, Sparql.ref(row, "holder", "holderLabel"), Sparql.ref(row, "positionIssue", "issueLabel"))));
    }

    /** The position itself. */
    List<Standing> one(String positionIri) {
        return run(ONE, Sparql.bind("focus", positionIri));
    }

    /** A {PAGE}: the positions that match {@code pattern}, cut on their counts before anything else is read. */
    private static String page(String pattern, int limit) {
        return "{ SELECT ?position ?n WHERE { " + pattern + " ?position stp:statementCount ?n . }"
                + " ORDER BY DESC(?n) ?position LIMIT " + limit + " }";
    }

    private static Query shape(String page) {
        return Sparql.parse(SHAPE.replace("{PAGE}", page));
    }

    private List<Standing> run(Query query, QuerySolution bindings) {
        return distinct(sparql.select(query, bindings, Standings::standing));
    }

    /** One row per position: a second label must not repeat it. */
    private static List<Standing> distinct(List<Standing> rows) {
        Map<String, Standing> byPosition = new LinkedHashMap<>();
        for (Standing s : rows) byPosition.putIfAbsent(s.position().iri(), s);
        return List.copyOf(byPosition.values());
    }

    /** A row of actor-stances or issue-stances, whose columns share their names but for holder and issue. */
    private static Standing savedRow(QuerySolution row, Ref holder, Ref issue) {
        return new Standing(new Ref(Sparql.iri(row, "position"), null), holder, issue, Stance.of(Sparql.iri(row, "stance")),
                Sparql.integer(row, "statements"), Sparql.string(row, "latestDate"),
                new Ref(Sparql.iri(row, "latestStatement"), null), Sparql.string(row, "latestText"),
                Sparql.ref(row, "latestSpeaker", "latestSpeakerLabel"), Sparql.ref(row, "latestArticle", "latestHeadline"));
    }

    private static Standing standing(QuerySolution row) {
        return new Standing(new Ref(Sparql.iri(row, "position"), null), Sparql.ref(row, "holder", "holderLabel"),
                Sparql.ref(row, "issue", "issueLabel"), Stance.of(Sparql.iri(row, "stance")), Sparql.integer(row, "n"),
                Sparql.string(row, "latestDate"), new Ref(Sparql.iri(row, "latest"), null), Sparql.string(row, "quote"),
                Sparql.ref(row, "speaker", "speakerLabel"), Sparql.ref(row, "article", "headline"));
    }
}
