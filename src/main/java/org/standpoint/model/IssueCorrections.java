package org.standpoint.model;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A user's corrections to issue concepts, as stored in the corrections graph: renamed issues (IRI → label) and
 * merged ones (IRI → the IRI it was merged into).
 */
public record IssueCorrections(Map<String, String> labels, Map<String, String> mergedInto) {
    public static final IssueCorrections NONE = new IssueCorrections(Map.of(), Map.of());

    public IssueCorrections {
        labels = Map.copyOf(labels);
        mergedInto = Map.copyOf(mergedInto);
    }

    /** The concept that {@code iri} now stands for, following merges (A into B, B into C: A is C). */
    public String canonical(String iri) {
        Set<String> seen = new HashSet<>();
        String at = iri;
        while (mergedInto.containsKey(at) && seen.add(at)) at = mergedInto.get(at);
        return at;
    }

    /** The label a user gave the concept, or {@code fallback}. */
    public String label(String iri, String fallback) {
        return labels.getOrDefault(iri, fallback);
    }
}
