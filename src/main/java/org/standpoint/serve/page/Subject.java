package org.standpoint.serve.page;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;

/** A resource's own triples (subject position, union graph), with a label for every object that has one. */
record Subject(String iri, List<Subject.Fact> facts) {
    /** One triple {@code <iri> predicate object}; {@code label} is the object's rdfs:label or skos:prefLabel. */
    record Fact(String predicate, RDFNode object, String label) {
        boolean isIri() {
            return object.isURIResource();
        }

        String text() {
            return object.isLiteral() ? object.asLiteral().getLexicalForm()
                    : object.isURIResource() ? object.asResource().getURI() : object.toString();
        }

        Ref ref() {
            return new Ref(object.asResource().getURI(), label);
        }
    }

    // A position's statement lists run to thousands for a popular actor; its page reads them through Positions.
    private static final Query FACTS = Sparql.parse("""
            SELECT ?p ?o (SAMPLE(?l) AS ?label) WHERE {
              ?s ?p ?o .
              FILTER (?p NOT IN (stp:positionStatement, stp:recentStatement))
              OPTIONAL { ?o rdfs:label|skos:prefLabel ?l }
            } GROUP BY ?p ?o ORDER BY ?p STR(?o)
            """);

    /** Empty when the graph says nothing about the IRI: such an IRI has no page (404). */
    static Optional<Subject> load(Sparql sparql, String iri) {
        List<Fact> facts = sparql.select(FACTS, Sparql.bind("s", iri),
                row -> new Fact(row.getResource("p").getURI(), row.get("o"), Sparql.string(row, "label")));
        return facts.isEmpty() ? Optional.empty() : Optional.of(new Subject(iri, facts));
    }

    List<Fact> all(Property p) {
        return facts.stream().filter(f -> f.predicate.equals(p.getURI())).toList();
    }

    /** Distinct literal values, in the store's order. */
    List<String> texts(Property p) {
        return all(p).stream().map(Fact::text).distinct().toList();
    }

    Optional<String> text(Property p) {
        return all(p).stream().map(Fact::text).findFirst();
    }

    List<Ref> refs(Property p) {
        return all(p).stream().filter(Fact::isIri).map(Fact::ref).toList();
    }

    boolean is(Resource type) {
        return facts.stream().anyMatch(f -> f.predicate.equals(org.apache.jena.vocabulary.RDF.type.getURI())
                && f.isIri() && Objects.equals(f.object.asResource().getURI(), type.getURI()));
    }
}
