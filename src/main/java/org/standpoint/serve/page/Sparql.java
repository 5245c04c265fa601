package org.standpoint.serve.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.standpoint.rdf.NIF;
import org.standpoint.rdf.PROV;
import org.standpoint.rdf.SCHEMA;
import org.standpoint.rdf.STP;

/**
 * Runs the pages' queries against the store. The queries are fixed text; the resource a page is about enters only as
 * a pre-bound variable ({@code substitution}), never spliced into the query string, so no request can change a query.
 */
final class Sparql {
    /** The prefixes of docs/data-model.md, from the vocabulary classes so the pages cannot drift from the mapper. */
    static final Map<String, String> PREFIXES = Map.of(
            "stp", STP.NS, "nif", NIF.NS, "schema", SCHEMA.NS, "org", ORG.NS, "foaf", FOAF.NS,
            "skos", SKOS.getURI(), "prov", PROV.NS, "owl", OWL.getURI(), "rdfs", RDFS.getURI(), "rdf", RDF.getURI());

    /** Pages must answer fast; a page whose query runs longer has a bug or a pathological graph. */
    private static final long TIMEOUT_SECONDS = 20;

    private final Dataset dataset;

    Sparql(Dataset dataset) {
        this.dataset = dataset;
    }

    /** Parses once at class load: a typo in a page's query fails the first test, not a user's request. */
    static Query parse(String body) {
        StringBuilder text = new StringBuilder();
        PREFIXES.forEach((p, ns) -> text.append("PREFIX ").append(p).append(": <").append(ns).append(">\n"));
        text.append("PREFIX xsd: <").append(XSD.getURI()).append(">\n");
        text.append("PREFIX text: <").append(TextQuery.NS).append(">\n");
        return QueryFactory.create(text.append(body).toString());
    }

    /** {@code ?var} bound to the IRI, for {@link #select} and {@link #construct}. */
    static QuerySolutionMap bind(String var, String iri) {
        QuerySolutionMap map = new QuerySolutionMap();
        map.add(var, ResourceFactory.createResource(iri));
        return map;
    }

    <T> List<T> select(Query query, QuerySolution bindings, Function<QuerySolution, T> row) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution exec = execution(query, bindings)) {
                List<T> rows = new ArrayList<>();
                ResultSet rs = exec.execSelect();
                while (rs.hasNext()) rows.add(row.apply(rs.next()));
                return rows;
            }
        });
    }

    boolean ask(Query query, QuerySolution bindings) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution exec = execution(query, bindings)) {
                return exec.execAsk();
            }
        });
    }

    Model construct(Query query, QuerySolution bindings) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution exec = execution(query, bindings)) {
                return exec.execConstruct();
            }
        });
    }

    private QueryExecution execution(Query query, QuerySolution bindings) {
        return QueryExecution.dataset(dataset).query(query).substitution(bindings)
                .timeout(TIMEOUT_SECONDS, TimeUnit.SECONDS).build();
    }

    // Small readers for optional columns: pages show what is there and skip what is not.

    static String string(QuerySolution row, String var) {
        RDFNode n = row.get(var);
        if (n == null) return null;
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.isURIResource() ? n.asResource().getURI() : n.toString();
    }

    static String iri(QuerySolution row, String var) {
        RDFNode n = row.get(var);
        return n != null && n.isURIResource() ? n.asResource().getURI() : null;
    }

    static Ref ref(QuerySolution row, String var, String labelVar) {
        String iri = iri(row, var);
        return iri == null ? null : new Ref(iri, string(row, labelVar));
    }

    /** -1 when absent or not an integer: a bad literal (written by hand through an update) must not fail a page. */
    static int integer(QuerySolution row, String var) {
        RDFNode n = row.get(var);
        if (n == null || !n.isLiteral()) return -1;
        try {
            return Integer.parseInt(n.asLiteral().getLexicalForm().strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
