package org.standpoint.resolve;

import org.standpoint.model.Issue;
import org.standpoint.model.IssueConcept;
import org.standpoint.nlp.Embeddings;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * What issue matching compares: the embeddings of the issue's sentences (one per founding article) and of its key
 * phrases, the phrases' word stems, and the entity names of an article's issue. An article's issue and a stored
 * concept give the same kind of signature, built the same way from the same texts, so reloading an article
 * scores it as its own concept.
 */
final class IssueSignature {
    private static final double ENTITY_BONUS = 0.05;
    /** Two key phrases that share two or more content words name the same thing more surely than topic similarity. */
    private static final double OVERLAP = 0.35;
    private static final int MAX_ENTITY_BONUS = 2;
    private static final Set<String> STOP = Set.of("a", "an", "the", "of", "on", "in", "to", "for", "by", "at",
            "and", "or", "with", "from", "as", "its", "their", "his", "her", "new", "first", "per", "cent", "percent");

    private final List<float[]> contexts = new ArrayList<>();
    private final List<String> contextTexts;
    private final float[] phrases;
    private final List<Set<String>> phraseStems = new ArrayList<>();
    private final Set<String> labelStems;
    private final List<String> entities;

    private IssueSignature(List<String> contexts, String label, Set<String> phrases, List<String> entities) {
        this.contextTexts = contexts;
        for (String c : contexts) this.contexts.add(Embeddings.of(c));
        // sorted: the concept side reads them back from an unordered set of hidden labels
        TreeSet<String> all = new TreeSet<>(phrases);
        this.phrases = Embeddings.of(String.join("; ", all));
        for (String p : all) phraseStems.add(stems(p));
        this.labelStems = stems(label);
        this.entities = entities;
    }

    static IssueSignature of(Issue issue) {
        Set<String> phrases = new TreeSet<>(issue.keyPhrases());
        phrases.add(issue.label());
        return new IssueSignature(List.of(issue.context()), issue.label(), phrases, issue.entities());
    }

    static IssueSignature of(IssueConcept c) {
        List<String> contexts = c.contexts().isEmpty() ? List.of(c.label()) : c.contexts().stream().sorted().toList();
        // the founding label is among the hidden labels: a rename changes the name, not what the concept matches
        Set<String> phrases = c.phrases().isEmpty() ? Set.of(c.label()) : new TreeSet<>(c.phrases());
        return new IssueSignature(contexts, c.label(), phrases, List.of());
    }

    /** This (an article's issue) against {@code concept}. */
    double score(IssueSignature concept) {
        double context = Double.NEGATIVE_INFINITY;
        for (float[] a : contexts) for (float[] b : concept.contexts) context = Math.max(context, Embeddings.cosine(a, b));
        double phrase = Embeddings.cosine(phrases, concept.phrases);
        double overlap = 0;
        for (Set<String> p : phraseStems) for (Set<String> q : concept.phraseStems) overlap = Math.max(overlap, overlap(p, q));
        int shared = 0;
        for (String e : entities) {
            if (e.length() >= 3 && Character.isUpperCase(e.charAt(0))
                    && concept.contextTexts.stream().anyMatch(t -> t.contains(e))) shared++;
        }
        return 0.5 * context + 0.5 * phrase + OVERLAP * overlap + ENTITY_BONUS * Math.min(shared, MAX_ENTITY_BONUS);
    }

    /** True when this label has every word of {@code other}'s label and more: it names a narrower issue. */
    boolean containsLabelOf(IssueSignature other) {
        return labelStems.size() > other.labelStems.size() && labelStems.containsAll(other.labelStems);
    }

    private static double overlap(Set<String> p, Set<String> q) {
        Set<String> common = new LinkedHashSet<>(p);
        common.retainAll(q);
        return common.size() < 2 ? 0 : (double) common.size() / Math.min(p.size(), q.size());
    }

    /** Lower-case word stems without function words: "elected police commissioners" → elect, police, commissioner. */
    static Set<String> stems(String phrase) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : phrase.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.isEmpty() || STOP.contains(w) || Character.isDigit(w.charAt(0))) continue;
            out.add(stem(w));
        }
        return out;
    }

    private static String stem(String w) {
        if (w.length() > 5 && w.endsWith("ing")) return w.substring(0, w.length() - 3);
        if (w.length() > 4 && w.endsWith("ed")) return w.substring(0, w.length() - 2);
        if (w.length() > 4 && w.endsWith("ies")) return w.substring(0, w.length() - 3) + "y";
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) return w.substring(0, w.length() - 1);
        return w;
    }
}
