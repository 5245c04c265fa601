package org.standpoint.link;

import java.util.List;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * A Wikidata item that might be an actor, with the facts the scorer weighs.
 *
 * @param qid       the item's id
 * @param labels    English labels
 * @param aliases   English aliases
 * @param types     which of human / organisation the item is an instance of (through subclasses)
 * @param claims    positions, parties, memberships, employers, with their start and end
 * @param countries citizenship ({@code P27}) or country ({@code P17}) Q-ids
 * @param born      date of birth, ISO, or null
 * @param died      date of death, ISO, or null
 * @param enwiki    English Wikipedia article title, or null
 * @param description the English {@code schema:description} ("British politician, Home Secretary 2004–2006"), or null
 * @param kinds     English labels of what it is an instance of ({@code P31}: "political party", "department store")
 * @param sitelinks how many Wikimedia sites have an article on it ({@code wikibase:sitelinks}), 0 when unknown
 */
public record Candidate(String qid, Set<String> labels, Set<String> aliases, Set<String> types, List<Claim> claims,
                        Set<String> countries, String born, String died, String enwiki, String description,
                        Set<String> kinds, int sitelinks) {
    public Candidate {
        // sorted: evidence and names read the same from run to run (Set.copyOf's order does not)
        labels = Collections.unmodifiableSortedSet(new TreeSet<>(labels));
        aliases = Collections.unmodifiableSortedSet(new TreeSet<>(aliases));
        types = Set.copyOf(types);
        kinds = Collections.unmodifiableSortedSet(new TreeSet<>(kinds));
        claims = List.copyOf(claims);
        countries = Set.copyOf(countries);
    }

    /**
     * What the item says it is, in words, for comparing with an article: its description and its classes; empty when
     * it has no description (classes alone, "human" for every person, tell namesakes nothing).
     */
    public String gloss() {
        if (description == null || description.isBlank()) return "";
        StringBuilder b = new StringBuilder(description);
        for (String k : kinds) b.append("; ").append(k);
        return b.toString();
    }

    /** The first English label, or the Q-id. */
    public String name() {
        return labels.isEmpty() ? qid : labels.iterator().next();
    }

    /** Every value of the given properties: the parties, bodies and employers an organisation's members point at. */
    public Set<String> values(Set<String> properties) {
        return Set.copyOf(claims.stream().filter(c -> properties.contains(c.property())).map(Claim::value).toList());
    }
}
