package org.standpoint.serve.page;

import org.standpoint.query.SavedQuery;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolutionMap;
import org.standpoint.iri.Iris;

/**
 * {@code /browse}: where browsing starts. A search box (and, when asked, what it found), the most discussed issues,
 * the actors who speak most and the latest articles; below them, for SPARQL users, the saved queries, each one click
 * from the query editor with the query filled in.
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

    private record Counted(Ref ref, int count) {
    }

    private final LocalPaths paths;
    private final Sparql sparql;
    private final List<SavedQuery> examples;

    private final Search search;

    HomePage(LocalPaths paths, Sparql sparql, List<SavedQuery> examples) {
        this.paths = paths;
        this.sparql = sparql;
        this.examples = examples;
        this.search = new Search(sparql, new Iris(paths.base()).issueScheme());
    }

    /** @param searched what was typed in the search box; null when nothing was */
    String render(String searched) {
        StringBuilder b = new StringBuilder("<p class=\"sub\">Who said what, in which role, about which issue.</p>");
        b.append(Templates.render("search", searchParams(searched)));
        if (searched != null && !searched.isBlank()) found(b, searched, search.find(searched));
        counted(b, "Most discussed issues", sparql.select(ISSUES, Sparql.bind("scheme", new Iris(paths.base()).issueScheme()),
                row -> new Counted(Sparql.ref(row, "issue", "label"), Sparql.integer(row, "n"))));
        counted(b, "Who speaks most", sparql.select(ACTORS, new QuerySolutionMap(),
                row -> new Counted(Sparql.ref(row, "actor", "label"), Sparql.integer(row, "n"))));
        b.append("<h2>Latest articles</h2><ul>");
        for (Ref a : sparql.select(ARTICLES, new QuerySolutionMap(), row -> {
            String date = Sparql.string(row, "date");
            String headline = Sparql.string(row, "headline");
            return new Ref(Sparql.iri(row, "article"), date == null ? headline : date + " · " + headline);
        })) b.append("<li>").append(Html.link(paths, a)).append("</li>");
        b.append("</ul>");
        b.append("<h2 id=\"saved-queries\">Saved queries</h2><p class=\"meta\">For SPARQL users: each opens in the query")
         .append(" editor, ready to run.</p><ul class=\"plain\">");
        for (SavedQuery q : examples) {
            b.append("<li><a class=\"saved-query\" data-name=\"").append(Html.esc(q.name())).append("\" href=\"")
             .append(Html.esc(editorLink(q.text()))).append("\">").append(Html.esc(q.title())).append("</a>");
            if (!q.answers().isEmpty()) b.append("<div class=\"meta\">").append(Html.esc(q.answers())).append("</div>");
            b.append("</li>");
        }
        b.append("</ul>");
        return Html.page("Standpoint", null, b.toString());
    }

    private void found(StringBuilder b, String searched, List<Search.Hit> hits) {
        b.append("<h2 id=\"found\">Found for “").append(Html.esc(searched.strip())).append("”</h2>");
        if (hits.isEmpty()) {
            b.append("<p>Nothing whose name starts with those words.</p>");
            return;
        }
        b.append("<ul class=\"found\">");
        for (Search.Hit h : hits) {
            b.append("<li>").append(Html.link(paths, h.ref())).append(" <span class=\"meta\">").append(Html.esc(h.kind()))
             .append("</span></li>");
        }
        b.append("</ul>");
    }

    private void counted(StringBuilder b, String title, List<Counted> rows) {
        b.append("<h2>").append(title).append("</h2><ul>");
        for (Counted c : rows) {
            b.append("<li>").append(Html.link(paths, c.ref())).append(" <span class=\"meta\">").append(c.count())
             .append(c.count() == 1 ? " statement" : " statements").append("</span></li>");
        }
        b.append("</ul>");
    }

    /** The editor reads {@code ?query=} from its route; %20, not '+', so no router can misread a space. */
    static String editorLink(String query) {
        return LocalPaths.EDITOR + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static Map<String, Object> searchParams(String searched) {
        Map<String, Object> params = new HashMap<>();
        params.put("value", searched);
        params.put("size", "big");
        return params;
    }
}
