package org.standpoint.link;

import java.util.List;
import java.util.Set;

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
 */
public record Candidate(String qid, Set<String> labels, Set<String> aliases, Set<String> types, List<Claim> claims,
                        Set<String> countries, String born, String died, String enwiki) {
    public Candidate {
        labels = Set.copyOf(labels);
        aliases = Set.copyOf(aliases);
        types = Set.copyOf(types);
        claims = List.copyOf(claims);
        countries = Set.copyOf(countries);
    }

    /** Every value of the given properties: the parties, bodies and employers an organisation's members point at. */
    public Set<String> values(Set<String> properties) {
        return Set.copyOf(claims.stream().filter(c -> properties.contains(c.property())).map(Claim::value).toList());
    }
}
