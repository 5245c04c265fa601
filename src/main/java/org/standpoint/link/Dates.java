package org.standpoint.link;

/**
 * Dates of mixed precision compared as ISO strings, as the rest of Standpoint does (docs/vocabularies.md).
 * Wikidata's truthy values are full {@code xsd:dateTime}s even when only the year is known (then 1 January), so a
 * value on 1 January is read as year precision: "2016" covers an article of May 2016.
 */
final class Dates {
    private Dates() {
    }

    /** {@code 2016-03-01T00:00:00Z} → {@code 2016-03-01}; {@code 2016-01-01T00:00:00Z} → {@code 2016}; null stays null. */
    static String iso(String lexical) {
        if (lexical == null || lexical.isBlank()) return null;
        String d = lexical.length() >= 10 ? lexical.substring(0, 10) : lexical;
        if (d.endsWith("-01-01")) d = d.substring(0, d.length() - 6);
        return d;
    }

    /** Whether {@code date} can fall on or after {@code start}: compared at the coarser precision of the two. */
    static boolean notBefore(String date, String start) {
        int n = Math.min(date.length(), start.length());
        return date.substring(0, n).compareTo(start.substring(0, n)) >= 0;
    }

    /** Whether {@code date} can fall on or before {@code end}. */
    static boolean notAfter(String date, String end) {
        int n = Math.min(date.length(), end.length());
        return date.substring(0, n).compareTo(end.substring(0, n)) <= 0;
    }

    /** Whether {@code date} can fall in [start, end]; a missing bound is open. */
    static boolean within(String date, String start, String end) {
        return (start == null || notBefore(date, start)) && (end == null || notAfter(date, end));
    }
}
