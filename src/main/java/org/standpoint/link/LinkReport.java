package org.standpoint.link;

import java.util.List;

/**
 * What a run did.
 *
 * @param decisions one per linkable actor, in IRI order
 * @param requests  HTTP requests sent (0 when the cache answered everything)
 * @param cacheHits answers taken from the cache
 */
public record LinkReport(List<Decision> decisions, int requests, int cacheHits) {
    public LinkReport {
        decisions = List.copyOf(decisions);
    }

    public long linked() {
        return decisions.stream().filter(Decision::linked).count();
    }

    /** Actors with candidates but no link: to review. */
    public long review() {
        return decisions.stream().filter(d -> !d.linked() && !d.candidates().isEmpty()).count();
    }

    public long unmatched() {
        return decisions.stream().filter(d -> d.candidates().isEmpty()).count();
    }

    public String line() {
        return String.format("linked %d of %d actors, %d to review, %d without candidates (%d requests, %d cached answers)",
                linked(), decisions.size(), review(), unmatched(), requests, cacheHits);
    }
}
