package org.standpoint.link;

import java.util.EnumSet;
import java.util.Set;

/**
 * When a candidate becomes a link.
 *
 * @param threshold     the least confidence for a link
 * @param margin        the least lead of the best candidate over the second
 * @param countries     Q-ids of the countries the articles are about (empty: country is no evidence)
 * @param maxCandidates candidates kept per actor, label matches first
 * @param batch         names or items per request
 * @param evidence      the kinds of evidence beyond name, type, roles, dates and members that are weighed
 */
public record LinkSettings(double threshold, double margin, Set<String> countries, int maxCandidates, int batch,
                           Set<Evidence> evidence) {
    public LinkSettings {
        countries = Set.copyOf(countries);
        evidence = evidence.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(evidence));
        if (threshold < 0 || threshold > 1) throw new IllegalArgumentException("threshold in [0,1]: " + threshold);
        if (margin < 0 || margin > 1) throw new IllegalArgumentException("margin in [0,1]: " + margin);
        if (maxCandidates < 1 || batch < 1) throw new IllegalArgumentException("maxCandidates and batch must be >= 1");
    }

    public static LinkSettings defaults() {
        return new LinkSettings(0.7, 0.15, Set.of(), 10, 25, EnumSet.allOf(Evidence.class));
    }

    public LinkSettings withCountries(Set<String> qids) {
        return new LinkSettings(threshold, margin, qids, maxCandidates, batch, evidence);
    }

    public LinkSettings withThreshold(double t, double m) {
        return new LinkSettings(t, m, countries, maxCandidates, batch, evidence);
    }

    public LinkSettings withEvidence(Set<Evidence> kinds) {
        return new LinkSettings(threshold, margin, countries, maxCandidates, batch, kinds);
    }
}
