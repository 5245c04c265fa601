package org.standpoint.serve.page;

/**
 * One position as the pages list it (an {@code stp:Position} of the positions graph): whose, on which issue, which
 * way, in how many statements, and the latest of them: its words, its speaker and its article.
 */
record Standing(Ref position, Ref holder, Ref issue, Stance stance, int statements, String latestDate,
                Ref latest, String latestQuote, Ref latestSpeaker, Ref latestArticle) {
    String latestDateOrUnknown() {
        return latestDate == null ? "undated" : latestDate;
    }

    /** Holder, issue and stance: what a statement shares with the position it counts in. */
    String key() {
        return key(holder, issue, stance);
    }

    static String key(Ref holder, Ref issue, Stance stance) {
        return holder.iri() + " " + issue.iri() + " " + stance.name();
    }
}
