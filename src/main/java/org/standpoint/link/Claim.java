package org.standpoint.link;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * One statement of a candidate item that context can be checked against ({@code P39}, {@code P102}, {@code P463},
 * {@code P108}).
 *
 * @param property the Wikidata property id
 * @param value    the value's Q-id
 * @param labels   the value's English label and aliases
 * @param start    {@code pq:P580} as an ISO date, or null
 * @param end      {@code pq:P582} as an ISO date, or null
 */
public record Claim(String property, String value, Set<String> labels, String start, String end) {
    public Claim {
        // sorted, not Set.copyOf: its order changes from run to run, and evidence quotes the first label that fits
        labels = Collections.unmodifiableSortedSet(new TreeSet<>(labels));
    }
}
