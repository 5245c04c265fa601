package org.standpoint.serve.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The search box: actors, documents and issues whose names start with the words typed, through the Lucene label
 * index (names, other names and issue labels), best match first.
 */
final class Search {
    static final int LIMIT = 50;

    record Hit(Ref ref, String kind) {
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** Lucene's own operators are words too: typed, they would change the query instead of being searched for. */
    private static final List<String> OPERATORS = List.of("and", "or", "not", "to");

    private static final Query QUERY = Sparql.parse("""
            SELECT ?s (SAMPLE(?l) AS ?label) (SAMPLE(?k) AS ?kind) (MAX(?score) AS ?best) WHERE {
              (?s ?score) text:query (?lucene 500) .
              { ?s a foaf:Person BIND("person" AS ?k) } UNION { ?s a org:Organization BIND("organisation" AS ?k) }
              UNION { ?s a stp:UnnamedGroup BIND("group" AS ?k) } UNION { ?s a schema:CreativeWork BIND("document" AS ?k) }
              UNION { ?s skos:inScheme ?scheme BIND("issue" AS ?k) }
              OPTIONAL { ?s rdfs:label|skos:prefLabel ?l }
            } GROUP BY ?s ORDER BY DESC(?best) ?label LIMIT %d
            """.formatted(LIMIT));

    private final Sparql sparql;
    private final String issueScheme;

    Search(Sparql sparql, String issueScheme) {
        this.sparql = sparql;
        this.issueScheme = issueScheme;
    }

    /** What was found for the words typed; nothing for input with no word in it. */
    List<Hit> find(String typed) {
        String lucene = lucene(typed);
        if (lucene.isEmpty()) return List.of();
        QuerySolutionMap bindings = Sparql.bind("scheme", issueScheme);
        bindings.add("lucene", ResourceFactory.createStringLiteral(lucene));
        return sparql.select(QUERY, bindings,
                r -> new Hit(Sparql.ref(r, "s", "label"), Sparql.string(r, "kind")));
    }

    /**
     * Every word typed, as a prefix, in any of the three name fields: "lord harr" finds "Lord Harris". Only letters
     * and digits reach Lucene (and the SPARQL literal), so nothing typed can be syntax.
     */
    static String lucene(String typed) {
        if (typed == null) return "";
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(typed.toLowerCase(Locale.ROOT));
        while (m.find() && words.size() < 8) if (!OPERATORS.contains(m.group())) words.add(m.group() + "*");
        if (words.isEmpty()) return "";
        String all = "(" + String.join(" AND ", words) + ")";
        return "label:" + all + " OR altLabel:" + all + " OR prefLabel:" + all;
    }
}
