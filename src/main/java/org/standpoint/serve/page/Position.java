package org.standpoint.serve.page;

/**
 * One statement as the pages show it: whose position, said by whom, which way on which issue, and the paragraph of
 * the article that holds it. {@code capacity} is the role the speaker spoke in ("Assistant Commissioner, Metropolitan
 * Police"), or null; {@code contentSpan} the IRI of the span, which is an anchor on the article page.
 */
record Position(Ref statement, Stance stance, Ref issue, Ref holder, Ref speaker, String mode, String confidence,
                String capacity, Ref article, String date, String quote, String contentSpan, Evidence evidence) {
    String dateOrUnknown() {
        return date == null ? "undated" : date;
    }

}
