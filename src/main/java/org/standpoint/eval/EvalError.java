package org.standpoint.eval;

/**
 * One miss or false alarm, for reading what went wrong rather than only how often.
 *
 * @param article the article key
 * @param metric  the metric it counted against ("content overlap", "people", ...)
 * @param kind    MISS: gold not found by the system; FALSE_ALARM: system output with no gold partner
 * @param where   code-point offsets ("12-40", "12-40;55-70"), or "" for items without a span (people, roles)
 * @param text    the span text, name or role
 */
public record EvalError(String article, String metric, Kind kind, String where, String text) {
    public enum Kind { MISS, FALSE_ALARM }

    String line() {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ");
        return String.join("\t", article, metric, kind == Kind.MISS ? "miss" : "false-alarm", where, flat);
    }
}
