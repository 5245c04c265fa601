package org.standpoint.store;

import java.util.List;
import java.util.Map;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.standpoint.iri.Iris;
import org.standpoint.rdf.NIF;
import org.standpoint.rdf.SCHEMA;
import org.standpoint.rdf.STP;

/** Two small hand-made articles following docs/data-model.md, and the registry entries they add. */
public final class Fixtures {
    public static final String BASE = Iris.DEFAULT_BASE;
    public static final String KEY_1 = "a1a1a1a1a1a1";
    public static final String KEY_2 = "b2b2b2b2b2b2";
    public static final String HARRIS_QUOTE = "armed patrols would alarm residents";
    public static final String KHAN_QUOTE = "the patrols will keep Londoners safe";

    /** SPARQL prefixes for the vocabularies the fixtures use. */
    public static final String PREFIXES = String.join("\n",
            "PREFIX stp: <" + STP.NS + ">",
            "PREFIX nif: <" + NIF.NS + ">",
            "PREFIX rdfs: <" + RDFS.getURI() + ">",
            "PREFIX skos: <" + SKOS.getURI() + ">",
            "PREFIX text: <" + org.apache.jena.query.text.TextQuery.NS + ">", "");

    private Fixtures() {
    }

    public static String person(String slug) {
        return BASE + "person/" + slug;
    }

    public static String issue(String slug) {
        return BASE + "issue/" + slug;
    }

    public static String articleGraph(String key) {
        return new Iris(BASE).articleGraph(key);
    }

    /** Registry triples for one person: label, aliases, types. */
    public static Model personEntry(String slug, String label, String... aliases) {
        Model m = ModelFactory.createDefaultModel();
        Resource p = m.createResource(person(slug))
                .addProperty(RDF.type, FOAF.Person).addProperty(RDF.type, SCHEMA.Person).addProperty(RDF.type, FOAF.Agent)
                .addProperty(RDFS.label, label);
        for (String alias : aliases) p.addProperty(SKOS.altLabel, alias);
        return m;
    }

    public static Model issueEntry(String slug, String label) {
        Model m = ModelFactory.createDefaultModel();
        m.createResource(issue(slug)).addProperty(RDF.type, SKOS.Concept).addProperty(SKOS.prefLabel, label)
                .addProperty(SKOS.inScheme, m.createResource(BASE + "issue"));
        return m;
    }

    public static Model registryOfArticle1() {
        return personEntry("toby-harris", "Toby Harris", "Lord Harris", "Lord Harris of Haringey")
                .add(issueEntry("armed-foot-patrols", "armed foot patrols"));
    }

    public static Model registryOfArticle2() {
        return personEntry("sadiq-khan", "Sadiq Khan", "the Mayor").add(issueEntry("armed-foot-patrols", "armed foot patrols"));
    }

    public static Model article1() {
        return article(KEY_1, "toby-harris", STP.oppose, HARRIS_QUOTE, 120);
    }

    public static Model article2() {
        return article(KEY_2, "sadiq-khan", STP.support, KHAN_QUOTE, 40);
    }

    /** An article with one direct statement by {@code speakerSlug} about armed foot patrols. */
    public static Model article(String key, String speakerSlug, Resource stance, String quote, int begin) {
        Model m = ModelFactory.createDefaultModel();
        int end = begin + quote.codePointCount(0, quote.length());
        Resource article = m.createResource(BASE + "article/" + key)
                .addProperty(RDF.type, SCHEMA.NewsArticle).addProperty(RDF.type, NIF.Context)
                .addProperty(SCHEMA.headline, "Armed patrols row " + key)
                .addProperty(SCHEMA.mentions, m.createResource(person(speakerSlug)));
        Resource span = m.createResource(article.getURI() + "#offset_" + begin + "_" + end)
                .addProperty(RDF.type, NIF.OffsetBasedString)
                .addLiteral(NIF.beginIndex, begin).addLiteral(NIF.endIndex, end)
                .addProperty(NIF.anchorOf, quote).addProperty(NIF.referenceContext, article);
        m.createResource(BASE + "statement/" + key + "-" + begin + "-" + end)
                .addProperty(RDF.type, STP.Statement).addProperty(RDF.type, SCHEMA.Quotation)
                .addProperty(STP.speaker, m.createResource(person(speakerSlug)))
                .addProperty(STP.holder, m.createResource(person(speakerSlug)))
                .addProperty(STP.stance, stance).addProperty(STP.issue, m.createResource(issue("armed-foot-patrols")))
                .addProperty(STP.reportingMode, STP.direct).addProperty(STP.contentSpan, span);
        return m;
    }

    /** Runs a SELECT on the store and returns the rows as variable → lexical form / IRI. */
    public static List<Map<String, String>> select(Store store, String query) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(PREFIXES + query).build()) {
                List<Map<String, String>> rows = new java.util.ArrayList<>();
                qe.execSelect().forEachRemaining((QuerySolution s) -> {
                    Map<String, String> row = new java.util.TreeMap<>();
                    s.varNames().forEachRemaining(v -> {
                        var n = s.get(v);
                        row.put(v, n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                    });
                    rows.add(row);
                });
                return rows;
            }
        });
    }
}
