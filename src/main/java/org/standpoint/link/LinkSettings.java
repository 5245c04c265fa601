package org.standpoint.link;

import java.util.Set;

/**
 * When a candidate becomes a link.
 *
 * @param threshold     the least confidence for a link
 * @param margin        the least lead of the best candidate over the second
 * @param countries     Q-ids of the countries the articles are about (empty: country is no evidence)
 * @param maxCandidates candidates kept per actor, label matches first
 * @param batch         names or items per request
 */
public record LinkSettings(double threshold, double margin, Set<String> countries, int maxCandidates, int batch) {
    public LinkSettings {
        countries = Set.copyOf(countries);
        if (threshold < 0 || threshold > 1) throw new IllegalArgumentException("threshold in [0,1]: " + threshold);
        if (margin < 0 || margin > 1) throw new IllegalArgumentException("margin in [0,1]: " + margin);
        if (maxCandidates < 1 || batch < 1) throw new IllegalArgumentException("maxCandidates and batch must be >= 1");
    }

    public static LinkSettings defaults() {
        return new LinkSettings(0.7, 0.15, Set.of(), 10, 25);
    }

    public LinkSettings withCountries(Set<String> qids) {
        return new LinkSettings(threshold, margin, qids, maxCandidates, batch);
    }

    public LinkSettings withThreshold(double t, double m) {
        return new LinkSettings(t, m, countries, maxCandidates, batch);
    }
}
