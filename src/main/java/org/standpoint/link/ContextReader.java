package org.standpoint.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.standpoint.rdf.NIF;
import org.standpoint.rdf.SCHEMA;
import org.standpoint.rdf.STP;
import org.standpoint.store.Store;

/**
 * Reads, for every person and organisation of the registry, the context linking needs: names from the registry,
 * memberships and article dates from the article graphs. Offices, groups and documents are not linked: they have no
 * Wikidata item of their own.
 */
final class ContextReader {
    private static final String PREFIXES = String.join("\n",
            "PREFIX rdfs: <" + RDFS.getURI() + ">",
            "PREFIX skos: <" + SKOS.getURI() + ">",
            "PREFIX foaf: <" + FOAF.NS + ">",
            "PREFIX org: <" + ORG.NS + ">",
            "PREFIX schema: <" + SCHEMA.NS + ">",
            "PREFIX stp: <" + STP.NS + ">",
            "PREFIX nif: <" + NIF.NS + ">", "");

    private static final String ACTORS = PREFIXES + """
            SELECT ?actor ?kind ?label ?alt ?hon WHERE {
              GRAPH ?registry {
                { ?actor a foaf:Person BIND("person" AS ?kind) }
                UNION
                { ?actor a org:Organization FILTER NOT EXISTS { ?actor a stp:Office } BIND("org" AS ?kind) }
                ?actor rdfs:label ?label .
                OPTIONAL { ?actor skos:altLabel ?alt }
                OPTIONAL { ?actor schema:honorificPrefix ?hon }
              }
            }""";

    // Labels are joined inside the OPTIONAL that binds their node: an OPTIONAL on an unbound ?org would match every
    // label of the registry.
    private static final String ROLES = PREFIXES + """
            SELECT ?actor ?roleLabel ?org ?orgLabel ?current ?date WHERE {
              GRAPH ?g {
                ?m org:member ?actor .
                OPTIONAL { ?m org:role ?role . GRAPH ?registry { ?role skos:prefLabel ?roleLabel } }
                OPTIONAL { ?m org:organization ?org . OPTIONAL { GRAPH ?registry { ?org rdfs:label ?orgLabel } } }
                OPTIONAL { ?m stp:current ?current }
                OPTIONAL { ?article a schema:NewsArticle ; schema:datePublished ?date }
              }
            }""";

    private static final String DATES = PREFIXES + """
            SELECT DISTINCT ?actor ?date WHERE {
              GRAPH ?g { ?article schema:mentions ?actor ; schema:datePublished ?date }
            }""";

    private static final String MENTIONS = PREFIXES + """
            SELECT DISTINCT ?article ?actor WHERE {
              GRAPH ?g { ?article a schema:NewsArticle { ?article schema:mentions ?actor } UNION { ?article schema:publisher ?actor } }
            }""";

    private static final String TEXTS = PREFIXES + """
            SELECT ?article ?text WHERE {
              GRAPH ?g { ?article a schema:NewsArticle ; nif:isString ?text }
            }""";

    private final Store store;

    ContextReader(Store store) {
        this.store = store;
    }

    /** Contexts of all linkable actors, in IRI order (so runs and their logs are reproducible). */
    List<ActorContext> read() {
        return Txn.calculateRead(store.dataset(), () -> {
            Map<String, Builder> actors = new TreeMap<>();
            select(ACTORS).forEach(s -> {
                String iri = s.getResource("actor").getURI();
                Builder b = actors.computeIfAbsent(iri, k -> new Builder(k,
                        "person".equals(text(s, "kind")) ? Kind.PERSON : Kind.ORGANISATION, text(s, "label")));
                if (s.contains("alt")) b.alts.add(text(s, "alt"));
                if (s.contains("hon")) b.honorific = text(s, "hon");
            });
            select(ROLES).forEach(s -> {
                String org = s.contains("org") && s.get("org").isURIResource() ? s.getResource("org").getURI() : null;
                Builder member = actors.get(s.getResource("actor").getURI());
                boolean current = !s.contains("current") || s.getLiteral("current").getBoolean();
                RoleContext role = new RoleContext(text(s, "roleLabel"), text(s, "orgLabel"), org, current, text(s, "date"));
                if (member != null && !member.roles.contains(role)) member.roles.add(role);
                Builder organisation = org == null ? null : actors.get(org);
                if (organisation != null && member != null) organisation.members.add(member.iri);
            });
            select(DATES).forEach(s -> {
                Builder b = actors.get(s.getResource("actor").getURI());
                if (b != null) b.dates.add(text(s, "date"));
            });
            Map<String, List<Builder>> mentioned = new HashMap<>();
            select(MENTIONS).forEach(s -> {
                Builder b = actors.get(s.getResource("actor").getURI());
                if (b == null) return;
                b.articles.add(s.getResource("article").getURI());
                mentioned.computeIfAbsent(s.getResource("article").getURI(), k -> new ArrayList<>()).add(b);
            });
            // one article text at a time, streamed (no sort of every text); each actor keeps the sentences of its
            // first articles in IRI order, so what is kept does not depend on the order the store returns them in
            each(TEXTS, s -> {
                String article = s.getResource("article").getURI();
                List<Builder> named = mentioned.get(article);
                if (named == null) return;
                List<String> sentences = NamingSentences.split(text(s, "text"));
                for (Builder b : named) b.naming(article, NamingSentences.naming(sentences, b.namePatterns(), 2));
            });
            List<ActorContext> out = new ArrayList<>();
            actors.values().forEach(b -> out.add(b.build()));
            return out;
        });
    }

    private List<QuerySolution> select(String query) {
        List<QuerySolution> rows = new ArrayList<>();
        each(query, rows::add);
        return rows;
    }

    private void each(String query, Consumer<QuerySolution> row) {
        ParameterizedSparqlString pss = new ParameterizedSparqlString(query);
        pss.setIri("registry", store.iris().registryGraph());
        try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(pss.asQuery()).build()) {
            qe.execSelect().forEachRemaining(row);
        }
    }

    private static String text(QuerySolution s, String var) {
        RDFNode n = s.get(var);
        if (n == null) return null;
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }

    private static final class Builder {
        final String iri;
        final Kind kind;
        final String label;
        final TreeSet<String> alts = new TreeSet<>();
        String honorific;
        final List<RoleContext> roles = new ArrayList<>();
        final TreeSet<String> dates = new TreeSet<>();
        final TreeSet<String> members = new TreeSet<>();
        final TreeSet<String> articles = new TreeSet<>();
        final TreeMap<String, List<String>> sentencesByArticle = new TreeMap<>();

        Builder(String iri, Kind kind, String label) {
            this.iri = iri;
            this.kind = kind;
            this.label = label;
        }

        ActorContext build() {
            return new ActorContext(iri, kind, label, List.copyOf(alts), honorific, roles, List.copyOf(dates),
                    List.copyOf(members), List.copyOf(articles), sentences());
        }

        private List<String> sentences() {
            List<String> out = new ArrayList<>();
            for (List<String> s : sentencesByArticle.values()) {
                for (String sentence : s) if (out.size() < NamingSentences.MAX) out.add(sentence);
            }
            return out;
        }

        void naming(String article, List<String> sentences) {
            if (sentences.isEmpty()) return;
            sentencesByArticle.put(article, sentences);
            if (sentencesByArticle.size() > NamingSentences.MAX) sentencesByArticle.pollLastEntry();
        }

        private List<Pattern> namePatterns;

        List<Pattern> namePatterns() {
            if (namePatterns == null) namePatterns = NamingSentences.patterns(names());
            return namePatterns;
        }

        List<String> names() {
            List<String> names = new ArrayList<>();
            names.add(label);
            names.addAll(alts);
            return names;
        }
    }
}
