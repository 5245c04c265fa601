package org.standpoint.link;

import java.util.Collection;
import java.util.stream.Collectors;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.standpoint.rdf.SCHEMA;
import org.standpoint.rdf.WD;

/**
 * The two questions the linker asks a Wikidata-shaped endpoint, batched with {@code VALUES}: which items carry these
 * names, and what are these items. Only standard SPARQL 1.1 (no {@code wikibase:label} service, no MediaWiki API),
 * so a local mirror or a subset in any triple store can stand in for Wikidata.
 */
final class WikidataQueries {
    /** Names: exact English label or alias. Exact literals hit the label index on Wikidata's service. */
    static final String LABEL_VARS = "form item how";

    private static final String PREFIXES = String.join("\n",
            "PREFIX rdfs: <" + RDFS.getURI() + ">",
            "PREFIX skos: <" + SKOS.getURI() + ">",
            "PREFIX schema: <" + SCHEMA.NS + ">",
            "PREFIX wd: <" + WD.ENTITY + ">",
            "PREFIX wdt: <" + WD.DIRECT + ">",
            "PREFIX p: <" + WD.CLAIM + ">",
            "PREFIX ps: <" + WD.STATEMENT + ">",
            "PREFIX pq: <" + WD.QUALIFIER + ">",
            "PREFIX wikibase: <" + WD.WIKIBASE + ">", "");

    private WikidataQueries() {
    }

    static String labels(Collection<String> forms) {
        String values = forms.stream().map(f -> FmtUtils.stringForNode(NodeFactory.createLiteralLang(f, "en")))
                .collect(Collectors.joining(" "));
        return PREFIXES + "SELECT ?form ?item ?how WHERE {\n"
                + "  VALUES ?form { " + values + " }\n"
                + "  { ?item rdfs:label ?form BIND(\"label\" AS ?how) } UNION { ?item skos:altLabel ?form BIND(\"alias\" AS ?how) }\n"
                + "  FILTER(STRSTARTS(STR(?item), STR(wd:Q)))\n"
                + "}";
    }

    /**
     * One row per fact: {@code ?prop} says which ("label", "alias", "type", "enwiki" or a property id), {@code ?value}
     * the item or literal, {@code ?label} an English label or alias of the value (one row each), {@code ?start} and
     * {@code ?end} the statement's qualifiers; "description", "kind" (a {@code P31} class's label) and "sitelinks" in
     * {@code ?label}. Statements are read through {@code p:/ps:} so that ended positions,
     * which lose truthy rank, still count.
     */
    static String facts(Collection<String> qids) {
        // The item VALUES goes into every branch: a branch of a UNION is evaluated on its own, so an outer VALUES
        // would not bind ?item inside it (a FILTER EXISTS there sees ?item unbound and is true for every item).
        String items = "VALUES ?item { " + qids.stream().map(q -> "wd:" + q).collect(Collectors.joining(" ")) + " }\n";
        String statements = String.join(" ", statementProperty(WD.POSITION_HELD), statementProperty(WD.PARTY),
                statementProperty(WD.MEMBER_OF), statementProperty(WD.EMPLOYER));
        String direct = String.join(" ", directProperty(WD.CITIZENSHIP), directProperty(WD.COUNTRY),
                directProperty(WD.BORN), directProperty(WD.DIED));
        return PREFIXES + "SELECT DISTINCT ?item ?prop ?value ?label ?start ?end WHERE {\n"
                + "  { " + items + "    ?item rdfs:label ?label FILTER(LANG(?label) = \"en\") BIND(\"label\" AS ?prop) }\n"
                + "  UNION { " + items + "    ?item skos:altLabel ?label FILTER(LANG(?label) = \"en\") BIND(\"alias\" AS ?prop) }\n"
                + "  UNION { " + items + "    VALUES ?value { wd:" + WD.HUMAN + " wd:" + WD.ORGANIZATION + " }\n"
                + "    ?item wdt:" + WD.INSTANCE_OF + "/wdt:" + WD.SUBCLASS_OF + "* ?value BIND(\"type\" AS ?prop) }\n"
                + "  UNION { " + items + "    VALUES (?prop ?claim ?statement) { " + statements + " }\n"
                + "    ?item ?claim ?st . ?st ?statement ?value .\n"
                + "    OPTIONAL { ?st pq:" + WD.START + " ?start }\n"
                + "    OPTIONAL { ?st pq:" + WD.END + " ?end }\n"
                + "    OPTIONAL { ?value rdfs:label|skos:altLabel ?label FILTER(LANG(?label) = \"en\") } }\n"
                + "  UNION { " + items + "    VALUES (?prop ?direct) { " + direct + " }\n"
                + "    ?item ?direct ?value }\n"
                + "  UNION { " + items + "    ?item schema:description ?label FILTER(LANG(?label) = \"en\") BIND(\"description\" AS ?prop) }\n"
                + "  UNION { " + items + "    ?item wdt:" + WD.INSTANCE_OF + " ?value . ?value rdfs:label ?label FILTER(LANG(?label) = \"en\")\n"
                + "    BIND(\"kind\" AS ?prop) }\n"
                + "  UNION { " + items + "    ?item wikibase:sitelinks ?label BIND(\"sitelinks\" AS ?prop) }\n"
                + "  UNION { " + items + "    ?page schema:about ?item ; schema:isPartOf <" + WD.ENGLISH_WIKIPEDIA.getURI() + "> ;\n"
                + "          schema:name ?label BIND(\"enwiki\" AS ?prop) }\n"
                + "}";
    }

    private static String statementProperty(String pid) {
        return "(\"" + pid + "\" p:" + pid + " ps:" + pid + ")";
    }

    private static String directProperty(String pid) {
        return "(\"" + pid + "\" wdt:" + pid + ")";
    }
}
