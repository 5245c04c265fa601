package org.standpoint.serve.page;

import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.XSD;

/**
 * The RDF description of a resource: every triple with it as subject, over all graphs, and for a statement also its
 * spans' triples, so the evidence offsets travel with it (a span is no use without its begin and end).
 */
final class Describer {
    private static final Query DESCRIBE = Sparql.parse("""
            CONSTRUCT { ?s ?p ?o . ?span ?sp ?so } WHERE {
              { ?s ?p ?o }
              UNION
              { ?s stp:contentSpan|stp:sourceSpan|stp:cueSpan ?span . ?span ?sp ?so }
            }
            """);

    private final Sparql sparql;

    Describer(Sparql sparql) {
        this.sparql = sparql;
    }

    Model describe(String iri) {
        Model m = sparql.construct(DESCRIBE, Sparql.bind("s", iri));
        m.setNsPrefixes(Sparql.PREFIXES);
        m.setNsPrefix("xsd", XSD.getURI());
        return m;
    }
}
