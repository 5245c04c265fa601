package org.standpoint.model;

import java.util.Comparator;

/**
 * One article's own reading of an issue, as its article graph keeps it: what issue grouping compares, and where the
 * article stands in the canonical order grouping follows.
 *
 * @param articleKey the article's key
 * @param date       its publication date as written (ISO, possibly only a year), or null
 * @param issue      the issue as the extractor found it or the user declared it
 * @param concept    the concept it is grouped under now, or null before grouping
 */
public record IssueReading(String articleKey, String date, Issue issue, String concept) {
    /**
     * Oldest first (undated as oldest), then by article key and issue id: the order that founds and names concepts.
     * Grouping in this order gives one answer for a set of articles, whatever order they were loaded in.
     */
    public static final Comparator<IssueReading> CANONICAL = Comparator
            .comparing((IssueReading r) -> r.date == null ? "" : r.date)
            .thenComparing(IssueReading::articleKey)
            .thenComparing(r -> r.issue.id());
}
