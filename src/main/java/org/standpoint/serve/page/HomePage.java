package org.standpoint.serve.page;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolutionMap;
import org.standpoint.iri.Iris;
import org.standpoint.query.SavedQuery;

/**
 * {@code /browse}: where browsing starts. A search box (and, when asked, what it found), the most discussed issues,
 * the actors who speak most and the latest articles; below them, for SPARQL users, the saved queries, each one click
 * from the query editor with the query filled in ({@code home.jte}).
 */
final class HomePage {
    /** Short lists, not the whole graph: a store of a million articles must still answer this page at once. */
    private static final int LIMIT = 25;

    private static final Query ISSUES = Sparql.parse("""
            SELECT ?issue (SAMPLE(?l) AS ?label) (COUNT(DISTINCT ?st) AS ?n) WHERE {
              ?issue skos:inScheme ?scheme .
              OPTIONAL { ?issue skos:prefLabel ?l }
              OPTIONAL { ?st stp:issue ?issue }
            } GROUP BY ?issue ORDER BY DESC(?n) ?label LIMIT %d
            """.formatted(LIMIT));
    private static final Query ACTORS = Sparql.parse("""
            SELECT ?actor (SAMPLE(?l) AS ?label) (COUNT(DISTINCT ?st) AS ?n) WHERE {
              VALUES ?type { foaf:Agent schema:CreativeWork }
              ?actor a ?type .
              OPTIONAL { ?actor rdfs:label ?l }
              OPTIONAL { ?st stp:holder|stp:speaker ?actor }
            } GROUP BY ?actor ORDER BY DESC(?n) ?label LIMIT %d
            """.formatted(LIMIT));
    private static final Query ARTICLES = Sparql.parse("""
            SELECT ?article ?headline ?date WHERE {
              ?article a schema:NewsArticle .
              OPTIONAL { ?article schema:headline ?headline }
              OPTIONAL { ?article schema:datePublished ?date }
            } ORDER BY DESC(STR(?date)) ?headline LIMIT %d
            """.formatted(LIMIT));

    record Counted(Ref ref, int count) {
    }

    private final LocalPaths paths;
    private final Sparql sparql;
    private final List<SavedQuery> examples;

    private final Search search;
    private final String issueScheme;

    HomePage(LocalPaths paths, Sparql sparql, List<SavedQuery> examples) {
        this.paths = paths;
        this.sparql = sparql;
        this.examples = examples;
        this.issueScheme = new Iris(paths.base()).issueScheme();
        this.search = new Search(sparql, issueScheme);
    }

    /** @param searched what was typed in the search box; null when nothing was */
    String render(String searched) {
        Map<String, Object> params = new HashMap<>();
        params.put("searched", searched);
        params.put("found", searched == null || searched.isBlank() ? null : search.find(searched));
        params.put("issues", sparql.select(ISSUES, Sparql.bind("scheme", issueScheme),
                row -> new Counted(Sparql.ref(row, "issue", "label"), Sparql.integer(row, "n"))));
        params.put("actors", sparql.select(ACTORS, new QuerySolutionMap(),
                row -> new Counted(Sparql.ref(row, "actor", "label"), Sparql.integer(row, "n"))));
        params.put("articles", sparql.select(ARTICLES, new QuerySolutionMap(), row -> {
            String date = Sparql.string(row, "date");
            String headline = Sparql.string(row, "headline");
            return new Ref(Sparql.iri(row, "article"), date == null ? headline : date + " · " + headline);
        }));
        params.put("examples", examples);
        params.put("paths", paths);
        return Templates.render("home", params);
    }

    /** The editor reads {@code ?query=} from its route; %20, not '+', so no router can misread a space. */
    static String editorLink(String query) {
        return LocalPaths.EDITOR + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
