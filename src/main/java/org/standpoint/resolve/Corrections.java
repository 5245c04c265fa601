package org.standpoint.resolve;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A user's identity corrections, as the corrections graph holds them: merges (an actor IRI that became another) and
 * splits (one article's mention of an actor given an actor of its own). Resolution applies them after the name rule,
 * so they hold for every article loaded later, in any order.
 *
 * @param merges actor IRI → the IRI it was merged into
 * @param splits {@link #splitKey(String, String)} of an actor IRI and an article key → the IRI that article's
 *               mention was split into
 */
public record Corrections(Map<String, String> merges, Map<String, String> splits) {
    public Corrections {
        merges = Map.copyOf(merges);
        splits = Map.copyOf(splits);
    }

    public static Corrections none() {
        return new Corrections(Map.of(), Map.of());
    }

    public static String splitKey(String actorIri, String articleKey) {
        return articleKey + " " + actorIri;
    }

    /**
     * Where an actor that the name rule gave {@code iri} in article {@code articleKey} ends up. A split is looked up
     * before a merge: an article split off an actor that was later merged away keeps its own actor. A cycle (which the
     * commands refuse to write) stops at the first repeated IRI rather than looping.
     */
    public Target apply(String iri, String articleKey) {
        Set<String> seen = new HashSet<>();
        boolean corrected = false;
        while (seen.add(iri)) {
            String next = splits.get(splitKey(iri, articleKey));
            if (next == null) next = merges.get(iri);
            if (next == null) break;
            corrected = true;
            iri = next;
        }
        return new Target(iri, corrected);
    }

    /**
     * @param iri       the actor IRI after corrections
     * @param corrected whether a merge or split led there: the name is then one more name of an actor whose canonical
     *                  label the correction set (a split-off actor is told apart from the one it left: "Lord Harris
     *                  (chair, Carpetright)")
     */
    public record Target(String iri, boolean corrected) {
    }

    /** The IRI {@code iri} was finally merged into, or {@code iri} itself. */
    public String mergedTarget(String iri) {
        Set<String> seen = new HashSet<>();
        while (merges.containsKey(iri) && seen.add(iri)) iri = merges.get(iri);
        return iri;
    }
}
