package org.standpoint.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import org.standpoint.iri.Slugs;
import org.standpoint.model.Issue;
import org.standpoint.model.Statement;
import org.standpoint.nlp.NlpPipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Names what an article's statements are about: its key noun phrase. Candidates are the noun phrases (a common-noun
 * head with its compounds, adjectives and one prepositional modifier) of the headline, the lead and the statements;
 * each scores by how many of those places use its content words (lemmas, so "arming" counts for "armed"), weighted
 * to the headline and lead where news states its subject, and divided by the square root of its length so that a
 * long phrase must earn each word. Phrases headed by a name (an actor, not an issue) or by a generic noun are not
 * candidates.
 */
final class IssueFinder {
    static final String ID = "i1";

    private static final double HEADLINE = 3, LEAD = 2, STATEMENT = 1, BODY = 0.25;
    private static final int MAX_TOKENS = 8, LEAD_SENTENCES = 2, MAX_PHRASES = 4, MAX_ENTITIES = 8;
    /** Heads that say nothing about the subject on their own. */
    private static final Set<String> GENERIC = Set.of("year", "time", "day", "week", "month", "people", "way",
            "thing", "lot", "part", "number", "statement", "interview", "comment", "news", "story", "report",
            "question", "answer", "something", "anything", "everything", "nothing", "spokesman", "spokeswoman",
            "spokesperson", "member", "official", "source", "place", "end", "case", "fact", "point", "kind",
            "percent", "%", "cent", "minute", "hour", "today", "yesterday", "tomorrow", "night", "morning", "person",
            "price", "cost", "call", "fury", "row", "warning", "attitude", "chaos", "view", "move", "bid", "role");
    private static final Set<String> CONTENT_TAGS = Set.of("NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS", "VBN", "VBG");
    private static final Set<String> ENTITY_TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "CITY",
            "STATE_OR_PROVINCE", "COUNTRY", "NATIONALITY", "MISC", "IDEOLOGY", "RELIGION", "CRIMINAL_CHARGE");

    private record Phrase(String text, List<String> lemmas, double placeWeight, int order) {
    }

    private record Unit(List<CoreLabel> tokens, double weight) {
    }

    private final Doc doc;

    IssueFinder(Doc doc) {
        this.doc = doc;
    }

    Issue find(List<Statement> statements) {
        List<List<CoreLabel>> headline = new ArrayList<>();
        List<SemanticGraph> headlineDeps = new ArrayList<>();
        int bodyFrom = headline(headline, headlineDeps);
        List<Unit> units = new ArrayList<>();
        List<Phrase> phrases = new ArrayList<>();
        for (int i = 0; i < headline.size(); i++) {
            units.add(new Unit(headline.get(i), HEADLINE));
            phrases.addAll(phrases(headline.get(i), headlineDeps.get(i), HEADLINE, phrases.size()));
        }
        StringBuilder context = new StringBuilder(headlineText(headline));
        int lead = 0;
        Set<Integer> inStatements = statementSentences(statements);
        for (int s = bodyFrom; s < doc.sentences.size(); s++) {
            List<CoreLabel> tokens = doc.tokens(s);
            boolean isLead = lead < LEAD_SENTENCES;
            if (isLead) {
                lead++;
                context.append(context.isEmpty() ? "" : " ").append(doc.sentences.get(s).text());
            }
            double weight = isLead ? LEAD : BODY;
            units.add(new Unit(tokens, weight));
            if (isLead || inStatements.contains(s)) phrases.addAll(phrases(tokens, doc.deps.get(s), weight, phrases.size()));
        }
        for (Statement st : statements) units.add(new Unit(tokensIn(st), STATEMENT));
        Map<String, Double> weight = lemmaWeights(units);
        List<String> ranked = rank(phrases, weight).stream().map(Phrase::text).distinct().toList();
        String label = ranked.isEmpty() ? headlineText(headline) : ranked.get(0);
        if (label.isBlank()) label = doc.text.strip().split("\n", 2)[0];
        if (label.length() > 120) label = label.substring(0, 120);
        List<String> keyPhrases = ranked.stream().skip(1).limit(MAX_PHRASES).toList();
        return new Issue(ID, label, Slugs.of(label), context.toString(), keyPhrases, entities(statements, bodyFrom));
    }

    /** Fills the headline's sentences; returns the first body sentence (the headline may open the text). */
    private int headline(List<List<CoreLabel>> tokens, List<SemanticGraph> deps) {
        String title = doc.article.title();
        if (title == null || title.isBlank()) return 0;
        String t = title.strip();
        if (doc.text.stripLeading().startsWith(t)) {
            int end = doc.text.indexOf(t) + t.length();
            int s = 0;
            while (s < doc.sentences.size() && doc.tokens(s).get(0).beginPosition() < end) {
                tokens.add(doc.tokens(s));
                deps.add(doc.deps.get(s));
                s++;
            }
            return s;
        }
        // a headline given apart from the text (TITLE: line, JSON title) is parsed on its own: one short sentence
        CoreDocument h = NlpPipeline.annotate(t);
        for (CoreSentence s : h.sentences()) {
            tokens.add(s.tokens());
            SemanticGraph g = s.coreMap().get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
            deps.add(g != null ? g : s.dependencyParse());
        }
        return 0;
    }

    private static String headlineText(List<List<CoreLabel>> headline) {
        StringBuilder b = new StringBuilder();
        for (List<CoreLabel> s : headline) {
            for (CoreLabel t : s) b.append(t.before().isEmpty() || b.isEmpty() ? "" : " ").append(t.originalText());
        }
        return b.toString().strip();
    }

    private Set<Integer> statementSentences(List<Statement> statements) {
        Set<Integer> out = new HashSet<>();
        for (Statement st : statements) {
            int b = doc.charIndex(st.content().begin()), e = doc.charIndex(st.content().end());
            for (int s = doc.sentenceOf(b); s <= doc.sentenceOf(Math.max(b, e - 1)); s++) out.add(s);
        }
        return out;
    }

    private List<CoreLabel> tokensIn(Statement st) {
        int b = doc.charIndex(st.content().begin()), e = doc.charIndex(st.content().end());
        List<CoreLabel> out = new ArrayList<>();
        for (int s = doc.sentenceOf(b); s <= doc.sentenceOf(Math.max(b, e - 1)); s++) {
            for (CoreLabel t : doc.tokens(s)) if (t.beginPosition() >= b && t.endPosition() <= e) out.add(t);
        }
        return out;
    }

    /** Each content lemma weighs the summed weight of the places (headline, lead, statements) that use it. */
    private static Map<String, Double> lemmaWeights(List<Unit> units) {
        Map<String, Double> w = new HashMap<>();
        for (Unit u : units) {
            Set<String> seen = new HashSet<>();
            for (CoreLabel t : u.tokens()) if (isContent(t)) seen.add(Doc.lemma(t));
            for (String l : seen) w.merge(l, u.weight(), Double::sum);
        }
        return w;
    }

    /** Best first; ties go to the earlier phrase, so the result does not depend on hash order. */
    private static List<Phrase> rank(List<Phrase> phrases, Map<String, Double> weight) {
        Map<Phrase, Double> score = new LinkedHashMap<>();
        for (Phrase p : phrases) {
            double sum = 0;
            for (String l : p.lemmas()) sum += weight.getOrDefault(l, 0.0);
            // a bare keyword is a poor label: one-word phrases need twice the evidence
            double length = p.lemmas().size() == 1 ? 2 : Math.sqrt(p.lemmas().size());
            score.put(p, sum / length * (1 + p.placeWeight() / 5));
        }
        return score.keySet().stream()
                .sorted(Comparator.comparingDouble((Phrase p) -> -score.get(p)).thenComparingInt(Phrase::order))
                .toList();
    }

    private List<Phrase> phrases(List<CoreLabel> tokens, SemanticGraph g, double placeWeight, int order) {
        List<Phrase> out = new ArrayList<>();
        if (g == null) return out;
        // In a Title Case headline every word is tagged a proper noun: only named entities are names there
        boolean titleCase = isTitleCase(tokens);
        for (IndexedWord head : g.vertexSet()) {
            CoreLabel t = tokens.get(head.index() - 1);
            if (!Doc.isNoun(t) || (Doc.isProper(t) && !titleCase) || ENTITY_TYPES.contains(t.ner())) continue;
            if (GENERIC.contains(Doc.lemma(t)) || Lexicon.ORG_NOUNS.contains(Doc.lemma(t))) continue;
            if (!isPhraseHead(g, head)) continue;
            TreeSet<Integer> members = new TreeSet<>();
            collect(g, head, members, true);
            Phrase p = phrase(tokens, members, titleCase, placeWeight, order + out.size());
            if (p != null) out.add(p);
        }
        out.sort(Comparator.comparingInt(Phrase::order));
        return out;
    }

    /** A noun that modifies another noun as a compound is part of that noun's phrase, not a head. */
    private static boolean isPhraseHead(SemanticGraph g, IndexedWord w) {
        for (SemanticGraphEdge e : g.incomingEdgeIterable(w)) {
            if (e.getRelation().toString().equals("compound")) return false;
        }
        return true;
    }

    private static void collect(SemanticGraph g, IndexedWord w, Set<Integer> members, boolean allowNmod) {
        members.add(w.index());
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
            String rel = e.getRelation().toString();
            IndexedWord c = e.getDependent();
            switch (rel) {
                case "compound", "amod", "nummod", "advmod" -> collect(g, c, members, false);
                case "nmod", "nmod:npmod" -> {
                    if (allowNmod && Doc.isNounTag(c.tag())) collect(g, c, members, false);
                }
                case "case", "det" -> {
                    // only inside a prepositional modifier: "patrols by (the) Met officers"
                    if (!allowNmod) members.add(c.index());
                }
                default -> {
                }
            }
        }
    }

    private static boolean isTitleCase(List<CoreLabel> tokens) {
        int words = 0, capitalised = 0;
        for (CoreLabel t : tokens) {
            if (t.word().length() < 4 || !Character.isLetter(t.word().charAt(0))) continue;
            words++;
            if (Character.isUpperCase(t.word().charAt(0))) capitalised++;
        }
        return words >= 3 && capitalised == words;
    }

    private Phrase phrase(List<CoreLabel> tokens, TreeSet<Integer> members, boolean titleCase, double placeWeight, int order) {
        int first = members.first(), last = members.last();
        // a determiner or preposition may not open or close the phrase
        while (first < last && !isContent(tokens.get(first - 1))) first++;
        while (last > first && !isContent(tokens.get(last - 1))) last--;
        if (last - first + 1 > MAX_TOKENS) return null;
        List<String> lemmas = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            CoreLabel t = tokens.get(i - 1);
            if (!members.contains(i) || t.tag().startsWith("``") || "''".equals(t.tag()) || ",".equals(t.tag())) {
                return null; // not contiguous, or across a quote or comma: not one phrase
            }
            if (isContent(t)) lemmas.add(Doc.lemma(t));
        }
        if (lemmas.isEmpty()) return null;
        String text = join(tokens, first, last, titleCase);
        CoreLabel opening = tokens.get(first - 1);
        boolean name = titleCase ? ENTITY_TYPES.contains(opening.ner()) : Doc.isProper(opening);
        if (!name && !"I".equals(opening.word()) && !isAllCaps(opening.word())) {
            text = Character.toLowerCase(text.charAt(0)) + text.substring(1);
        }
        return new Phrase(text.strip(), lemmas, placeWeight, order);
    }

    /** The phrase as written; a Title Case headline's words in lower case, names apart. */
    private static String join(List<CoreLabel> tokens, int first, int last, boolean titleCase) {
        StringBuilder b = new StringBuilder();
        for (int i = first; i <= last; i++) {
            CoreLabel t = tokens.get(i - 1);
            String w = titleCase && !ENTITY_TYPES.contains(t.ner()) ? t.originalText().toLowerCase(Locale.ROOT) : t.originalText();
            b.append(i == first || t.before().isEmpty() ? "" : " ").append(w);
        }
        return b.toString();
    }

    private static boolean isAllCaps(String w) {
        return w.length() > 1 && w.equals(w.toUpperCase()) && !w.equals(w.toLowerCase());
    }

    private static boolean isContent(CoreLabel t) {
        return t.tag() != null && CONTENT_TAGS.contains(t.tag()) && Character.isLetterOrDigit(t.word().charAt(0));
    }

    /** Named entities where the issue is stated: headline, lead and statements, most frequent first. */
    private List<String> entities(List<Statement> statements, int bodyFrom) {
        Set<Integer> where = statementSentences(statements);
        for (int s = bodyFrom; s < Math.min(doc.sentences.size(), bodyFrom + LEAD_SENTENCES); s++) where.add(s);
        for (int s = 0; s < bodyFrom; s++) where.add(s);
        Map<String, Integer> count = new LinkedHashMap<>();
        for (CoreEntityMention m : doc.core.entityMentions()) {
            if (!ENTITY_TYPES.contains(m.entityType())) continue;
            if (!where.contains(doc.sentenceOf(m.charOffsets().first()))) continue;
            count.merge(m.text().strip(), 1, Integer::sum);
        }
        return count.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(Map.Entry::getKey).limit(MAX_ENTITIES).toList();
    }
}
