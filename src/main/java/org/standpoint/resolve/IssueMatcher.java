package org.standpoint.resolve;

import org.standpoint.iri.Iris;
import org.standpoint.model.Extraction;
import org.standpoint.model.Issue;
import org.standpoint.model.IssueConcept;
import org.standpoint.model.IssueCorrections;
import org.standpoint.model.IssueReading;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides which issue concept an article's issue is: one already known, or a new one placed next to its nearest
 * known neighbour. Known concepts are those of the store's registry when the matcher was reset (sorted by IRI) and
 * those this matcher created since, in the order their articles came: so the result depends on the store and on
 * the order articles are resolved in, never on timing. The first article of an issue founds and names it.
 *
 * <p>The score of an issue against a concept (see {@link IssueSignature}) adds, half and half, the sentence
 * embedding cosine of the sentences the issue is stated in (headline and lead) and of its key phrases; plus
 * 0.35 times the best word overlap between two key phrases (when they share at least two words, so "police"
 * alone is not a match); plus a little for each named entity the concept's sentences also name. At {@link #SAME} or
 * above the issue is the concept; between {@link #RELATED} and {@link #SAME} it is a new concept linked to the
 * nearest: narrower when its label contains all the words of that concept's label (and more), broader in the
 * converse case, {@code skos:related} otherwise. Corrections apply last: a merged concept resolves to the one it
 * was merged into, a renamed one keeps the user's label.
 */
public final class IssueMatcher {
    static final double SAME = 0.65;
    static final double RELATED = 0.5;

    private final Iris iris;
    private final Map<String, Known> known = new LinkedHashMap<>();
    private IssueCorrections corrections = IssueCorrections.NONE;

    private record Known(String iri, String label, IssueSignature signature) {
    }

    public IssueMatcher(Iris iris) {
        this.iris = iris;
    }

    /** Forgets everything and knows {@code concepts} (the store's registry) under {@code corrections}. */
    public synchronized void reset(List<IssueConcept> concepts, IssueCorrections corrections) {
        known.clear();
        this.corrections = corrections;
        concepts.stream().sorted(Comparator.comparing(IssueConcept::iri))
                .forEach(c -> known.put(c.iri(), new Known(c.iri(), c.label(), IssueSignature.of(c))));
    }

    /** Resolves every issue of one article, and remembers the concepts it creates for the articles after it. */
    public synchronized Map<String, ResolvedIssue> resolve(Extraction x) {
        Map<String, ResolvedIssue> out = new HashMap<>();
        for (Issue issue : x.issues()) out.put(issue.id(), resolve(issue));
        return out;
    }

    /**
     * Groups {@code readings} in {@linkplain IssueReading#CANONICAL canonical order} after {@link #reset}: the answer for
     * a set of articles, whatever order they were loaded in. An article that sorts after every article already
     * grouped gets the same concept from {@link #resolve(Extraction)}, so a store loaded oldest first never needs
     * this; one loaded out of order is grouped again with it.
     *
     * @return each reading's concept, in canonical order
     */
    public synchronized Map<IssueReading, ResolvedIssue> group(List<IssueReading> readings) {
        Map<IssueReading, ResolvedIssue> out = new LinkedHashMap<>();
        readings.stream().sorted(IssueReading.CANONICAL).forEach(r -> out.put(r, resolve(r.issue())));
        return out;
    }

    private ResolvedIssue resolve(Issue issue) {
        IssueSignature sig = IssueSignature.of(issue);
        Known best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        // a declared issue is the concept its key names (a watched one, one an earlier article declared) or a new one
        if (!issue.declared()) for (Known k : known.values()) {
            if (!corrections.canonical(k.iri()).equals(k.iri())) continue; // merged away: its target stands for it
            double s = sig.score(k.signature());
            if (s > bestScore) {
                best = k;
                bestScore = s;
            }
        }
        if (best != null && bestScore >= SAME) return existing(best.iri());
        String iri = corrections.canonical(iris.issue(issue.key()));
        if (known.containsKey(iri)) return existing(iri);
        String label = corrections.label(iri, issue.label());
        known.put(iri, new Known(iri, label, sig));
        List<String> broader = new ArrayList<>(), narrower = new ArrayList<>(), related = new ArrayList<>();
        if (best != null && bestScore >= RELATED) {
            if (sig.containsLabelOf(best.signature())) broader.add(best.iri());
            else if (best.signature().containsLabelOf(sig)) narrower.add(best.iri());
            else related.add(best.iri());
        }
        return new ResolvedIssue(iri, label, true, broader, narrower, related);
    }

    private ResolvedIssue existing(String iri) {
        String canonical = corrections.canonical(iri);
        Known k = known.get(canonical);
        String label = corrections.label(canonical, k == null ? known.get(iri).label() : k.label());
        return new ResolvedIssue(canonical, label, false, List.of(), List.of(), List.of());
    }

    /** For tests and benchmarks: the score of two issues as the matcher computes it. */
    static double score(Issue a, Issue b) {
        return IssueSignature.of(a).score(IssueSignature.of(b));
    }
}
