package org.standpoint.link;

import java.util.Set;

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
        labels = Set.copyOf(labels);
    }
}
