package org.standpoint.serve.page;

import java.util.List;

import org.apache.jena.query.Query;

/** The attributed spans of one article: every content, source and cue span of its statements. */
final class Attributions {
    enum Kind { CONTENT, SOURCE, CUE }

    /** Offsets in code points, as stored. */
    record Span(String iri, Kind kind, int begin, int end, String statement, Stance stance, String holder) {
    }

    private static final Query SPANS = Sparql.parse("""
            SELECT ?statement ?stance ?kind ?span ?begin ?end ?holderLabel WHERE {
              ?statement prov:wasDerivedFrom ?article ; a stp:Statement ; stp:stance ?stance .
              VALUES (?p ?kind) { (stp:contentSpan "CONTENT") (stp:sourceSpan "SOURCE") (stp:cueSpan "CUE") }
              ?statement ?p ?span .
              ?span nif:beginIndex ?begin ; nif:endIndex ?end .
              OPTIONAL { ?statement stp:holder/rdfs:label ?holderLabel }
            } ORDER BY ?begin ?end
            """);

    private final Sparql sparql;

    Attributions(Sparql sparql) {
        this.sparql = sparql;
    }

    List<Span> of(String articleIri) {
        return sparql.select(SPANS, Sparql.bind("article", articleIri), row -> new Span(Sparql.iri(row, "span"),
                Kind.valueOf(Sparql.string(row, "kind")), Sparql.integer(row, "begin"), Sparql.integer(row, "end"),
                Sparql.iri(row, "statement"), Stance.of(Sparql.iri(row, "stance")), Sparql.string(row, "holderLabel")))
                .stream().distinct().toList();
    }
}
