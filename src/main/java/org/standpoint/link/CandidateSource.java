package org.standpoint.link;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.standpoint.rdf.WD;

/**
 * Candidates and their facts, from the cache when it has them and otherwise from the endpoint in batches. Every
 * answer is cached per name form and per item, not per batch, so a later run with more actors still reuses them.
 */
final class CandidateSource {
    /** A name form matched an item's label or one of its aliases. */
    record Match(String qid, boolean label) {
    }

    private final SparqlClient client;
    private final AnswerCache cache;
    private final String endpoint;
    private final int batch;

    CandidateSource(SparqlClient client, AnswerCache cache, String endpoint, int batch) {
        this.client = client;
        this.cache = cache;
        this.endpoint = endpoint;
        this.batch = batch;
    }

    /** For each form, the items named so. */
    Map<String, List<Match>> lookup(Collection<String> forms) throws EndpointException {
        Map<String, Rows> answers = fetch(new TreeSet<>(forms), f -> endpoint + " label " + f,
                WikidataQueries::labels, "form", b -> b.get(Var.alloc("form")).getLiteralLexicalForm());
        Map<String, List<Match>> out = new HashMap<>();
        answers.forEach((form, rows) -> {
            Map<String, Boolean> byItem = new LinkedHashMap<>();
            for (Binding b : rows.bindings()) {
                String qid = WD.qid(b.get(Var.alloc("item")).getURI());
                boolean label = "label".equals(b.get(Var.alloc("how")).getLiteralLexicalForm());
                byItem.merge(qid, label, Boolean::logicalOr);
            }
            List<Match> matches = new ArrayList<>();
            byItem.forEach((q, l) -> matches.add(new Match(q, l)));
            out.put(form, matches);
        });
        return out;
    }

    /** The facts of each item. */
    Map<String, Candidate> describe(Collection<String> qids) throws EndpointException {
        Map<String, Rows> answers = fetch(new TreeSet<>(qids), q -> endpoint + " facts " + q,
                WikidataQueries::facts, "item", b -> WD.qid(b.get(Var.alloc("item")).getURI()));
        Map<String, Candidate> out = new HashMap<>();
        answers.forEach((qid, rows) -> out.put(qid, candidate(qid, rows.bindings())));
        return out;
    }

    /**
     * Answers per subject: cached ones as they are, the rest asked in batches and split by the subject variable, so
     * each subject (an empty answer included) is cached on its own.
     */
    private Map<String, Rows> fetch(TreeSet<String> subjects, Function<String, String> key,
                                    Function<List<String>, String> query, String subjectVar,
                                    Function<Binding, String> subjectOf) throws EndpointException {
        Map<String, Rows> out = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (String s : subjects) {
            String cached = cache.get(key.apply(s));
            if (cached != null) out.put(s, Rows.parse(cached));
            else missing.add(s);
        }
        for (int i = 0; i < missing.size(); i += batch) {
            List<String> chunk = missing.subList(i, Math.min(missing.size(), i + batch));
            Rows answer = Rows.parse(client.select(query.apply(chunk)));
            Map<String, List<Binding>> bySubject = new HashMap<>();
            for (Binding b : answer.bindings()) {
                if (b.get(Var.alloc(subjectVar)) == null) continue;
                bySubject.computeIfAbsent(subjectOf.apply(b), k -> new ArrayList<>()).add(b);
            }
            for (String s : chunk) {
                Rows rows = answer.with(bySubject.getOrDefault(s, List.of()));
                cache.put(key.apply(s), rows.json());
                out.put(s, rows);
            }
        }
        return out;
    }

    private static Candidate candidate(String qid, List<Binding> rows) {
        Set<String> labels = new TreeSet<>();
        Set<String> aliases = new TreeSet<>();
        Set<String> types = new TreeSet<>();
        Set<String> countries = new TreeSet<>();
        Map<List<String>, Set<String>> claims = new LinkedHashMap<>();
        String born = null;
        String died = null;
        String enwiki = null;
        String description = null;
        Set<String> kinds = new TreeSet<>();
        int sitelinks = 0;
        for (Binding b : rows) {
            String prop = text(b, "prop");
            String value = text(b, "value");
            String label = text(b, "label");
            if (prop == null) continue;
            switch (prop) {
                case "label" -> addIfPresent(labels, label);
                case "alias" -> addIfPresent(aliases, label);
                case "type" -> addIfPresent(types, WD.qid(value));
                case "enwiki" -> enwiki = label;
                case "description" -> description = label;
                case "kind" -> addIfPresent(kinds, label);
                case "sitelinks" -> sitelinks = Math.max(sitelinks, count(label));
                case WD.CITIZENSHIP, WD.COUNTRY -> addIfPresent(countries, WD.qid(value));
                case WD.BORN -> born = min(born, Dates.iso(value));
                case WD.DIED -> died = min(died, Dates.iso(value));
                default -> {
                    if (WD.qid(value) == null) continue;
                    List<String> k = new ArrayList<>();
                    k.add(prop);
                    k.add(WD.qid(value));
                    k.add(Dates.iso(text(b, "start")));
                    k.add(Dates.iso(text(b, "end")));
                    Set<String> l = claims.computeIfAbsent(k, x -> new TreeSet<>()); // sorted: evidence reads the same whatever the endpoint's row order
                    if (label != null) l.add(label);
                }
            }
        }
        List<Claim> list = new ArrayList<>();
        claims.forEach((k, l) -> list.add(new Claim(k.get(0), k.get(1), l, k.get(2), k.get(3))));
        return new Candidate(qid, labels, aliases, types, list, countries, born, died, enwiki, description, kinds, sitelinks);
    }

    private static int count(String literal) {
        try {
            return literal == null ? 0 : Math.max(0, Integer.parseInt(literal.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static void addIfPresent(Set<String> set, String value) {
        if (value != null) set.add(value);
    }

    private static String min(String a, String b) {
        if (a == null) return b;
        if (b == null) return a;
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static String text(Binding b, String var) {
        Node n = b.get(Var.alloc(var));
        if (n == null) return null;
        return n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : null;
    }
}
