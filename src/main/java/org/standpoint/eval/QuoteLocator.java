package org.standpoint.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.standpoint.model.Offsets;
import org.standpoint.model.Span;

/**
 * Finds gold quotes, which the gold files give as text, in the article text. Exact search first; then a search
 * on a normalised copy (no quote marks, one space for any whitespace run, plain dashes and dots, lower case)
 * whose positions map back to the original text, because annotators retype curly quotes and line breaks.
 */
public final class QuoteLocator {
    public enum Method { EXACT, NORMALISED, NOT_FOUND }

    /** @param span null when the quote was not found */
    public record Located(GoldArticle.Statement statement, Span span, Method method) {
    }

    private final String text;
    private final Offsets offsets;
    private final Folded folded;

    public QuoteLocator(String text) {
        this.text = text;
        this.offsets = new Offsets(text);
        this.folded = Folded.of(text);
    }

    /**
     * Locates the statements in order. A quote that occurs more than once is taken at its first occurrence at or
     * after the previous statement's, since gold statements follow the article; failing that, its first one.
     */
    public List<Located> locate(List<GoldArticle.Statement> statements) {
        List<Located> out = new ArrayList<>(statements.size());
        int cursor = 0;
        Span previous = null;
        for (GoldArticle.Statement s : statements) {
            Located located = locate(s, cursor);
            // the same quote twice in a row is two occurrences, not one counted twice
            if (previous != null && previous.equals(located.span())) {
                Located next = locate(s, offsets.toCharIndex(previous.begin()) + 1);
                if (next.span() != null && next.span().begin() > previous.begin()) located = next;
            }
            if (located.span() != null) {
                cursor = offsets.toCharIndex(located.span().begin());
                previous = located.span();
            }
            out.add(located);
        }
        return out;
    }

    private Located locate(GoldArticle.Statement s, int cursor) {
        String quote = s.quote() == null ? "" : s.quote();
        if (quote.isBlank()) return new Located(s, null, Method.NOT_FOUND);
        int at = indexFrom(text, quote, cursor);
        if (at >= 0) return new Located(s, offsets.span(at, at + quote.length()), Method.EXACT);
        String needle = Folded.of(quote).text.trim();
        if (needle.isEmpty()) return new Located(s, null, Method.NOT_FOUND);
        int foldedCursor = folded.foldedIndexAtOrAfter(cursor);
        int f = indexFrom(folded.text, needle, foldedCursor);
        if (f < 0) return new Located(s, null, Method.NOT_FOUND);
        int begin = folded.origin[f], end = folded.originEnd[f + needle.length() - 1];
        return new Located(s, offsets.span(begin, end), Method.NORMALISED);
    }

    private static int indexFrom(String haystack, String needle, int from) {
        int at = haystack.indexOf(needle, from);
        return at >= 0 ? at : haystack.indexOf(needle);
    }

    /** A normalised copy of a text with, for each of its chars, the original range it came from. */
    private record Folded(String text, int[] origin, int[] originEnd) {
        static Folded of(String s) {
            StringBuilder out = new StringBuilder(s.length());
            int[] from = new int[s.length() * 3 + 1], to = new int[s.length() * 3 + 1];
            boolean lastSpace = false;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                String rep = fold(c);
                if (rep.equals(" ")) {
                    if (lastSpace) {
                        to[out.length() - 1] = i + 1;
                        continue;
                    }
                    lastSpace = true;
                } else if (!rep.isEmpty()) {
                    lastSpace = false;
                }
                for (int k = 0; k < rep.length(); k++) {
                    from[out.length()] = i;
                    to[out.length()] = i + 1;
                    out.append(rep.charAt(k));
                }
            }
            return new Folded(out.toString(), from, to);
        }

        int foldedIndexAtOrAfter(int originalIndex) {
            for (int k = 0; k < text.length(); k++) if (origin[k] >= originalIndex) return k;
            return text.length();
        }

        private static String fold(char c) {
            if (Character.isWhitespace(c) || c == '\u00a0') return " ";
            switch (c) {
                case '"', '\'', '\u2018', '\u2019', '\u201a', '\u201b', '\u201c', '\u201d', '\u201e', '\u201f',
                     '\u00ab', '\u00bb', '\u2032', '\u2033', '`':
                    return "";
                case '\u2013', '\u2014', '\u2012', '\u2212':
                    return "-";
                case '\u2026':
                    return "...";
                default:
                    return String.valueOf(c).toLowerCase(Locale.ROOT);
            }
        }
    }
}
