package org.standpoint.serve.page;

/**
 * A span shown in its paragraph ({@code evidence.jte}): the text before it, the span, the text after. Offsets are Unicode code points
 * ({@code nif:beginIndex}/{@code nif:endIndex}, docs/data-model.md); Java strings index UTF-16 units, so they are
 * converted here, once, and nowhere else.
 */
record Evidence(String before, String marked, String after) {
    /** Paragraphs of news rarely run past this; a longer one is cut at the nearest space so the quote stays in view. */
    private static final int CONTEXT = 400;

    /** @return null when the offsets do not fit the text (a store loaded from a different text) */
    static Evidence of(String text, int beginCp, int endCp) {
        if (text == null || beginCp < 0 || endCp < beginCp) return null;
        int cps = text.codePointCount(0, text.length());
        if (endCp > cps) return null;
        int begin = text.offsetByCodePoints(0, beginCp);
        int end = text.offsetByCodePoints(begin, endCp - beginCp);
        int from = text.lastIndexOf('\n', begin - 1) + 1;
        int to = text.indexOf('\n', end);
        if (to < 0) to = text.length();
        if (begin - from > CONTEXT) from = Math.min(begin, wordStart(text, begin - CONTEXT));
        if (to - end > CONTEXT) to = Math.max(end, wordEnd(text, end + CONTEXT));
        return new Evidence(text.substring(from, begin).stripLeading(), text.substring(begin, end), text.substring(end, to).stripTrailing());
    }

    private static int wordStart(String text, int i) {
        int space = text.indexOf(' ', i);
        return space < 0 ? i : space + 1;
    }

    private static int wordEnd(String text, int i) {
        int space = text.lastIndexOf(' ', i);
        return space < 0 ? i : space;
    }
}
