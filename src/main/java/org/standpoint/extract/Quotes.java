package org.standpoint.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quoted passages. News convention: a quote running over paragraphs leaves the closing mark off every
 * paragraph but the last and opens each new one again, so a quote is cut into one piece per paragraph and the
 * pieces are chained. Nested quotes of the other mark style are part of the outer quote.
 */
final class Quotes {
    /**
     * One quoted piece inside one paragraph.
     *
     * @param begin     offset of the opening mark
     * @param end       offset just after the closing mark, or the paragraph end when unclosed
     * @param innerBegin first character inside the marks
     * @param innerEnd  end of the quoted words (before the closing mark)
     * @param continuation true when the piece continues a quote from the previous paragraph
     */
    record Piece(int begin, int end, int innerBegin, int innerEnd, boolean continuation) {
        boolean contains(int pos) {
            return pos >= begin && pos < end;
        }
    }

    private Quotes() {
    }

    static List<Piece> find(String text) {
        List<Piece> pieces = new ArrayList<>();
        int paraStart = 0;
        boolean carried = false;
        while (paraStart <= text.length()) {
            int paraEnd = text.indexOf('\n', paraStart);
            if (paraEnd < 0) paraEnd = text.length();
            boolean unclosed = scanParagraph(text, paraStart, paraEnd, carried, pieces);
            // The quote carries over only when the next non-blank paragraph opens with a quote mark.
            carried = unclosed && nextParagraphOpensQuote(text, paraEnd);
            paraStart = paraEnd + 1;
        }
        return pieces;
    }

    private static boolean scanParagraph(String text, int from, int to, boolean carried, List<Piece> out) {
        int open = -1;
        char closer = 0;
        boolean continuation = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (open < 0) {
                char expected = closerFor(text, i, from);
                if (expected != 0) {
                    open = i;
                    closer = expected;
                    continuation = carried && isFirstNonBlank(text, from, i);
                }
            } else if (c == closer && isCloser(text, i, to)) {
                out.add(new Piece(open, i + 1, open + 1, i, continuation));
                open = -1;
            }
        }
        if (open >= 0) {
            int end = to;
            while (end > open + 1 && Character.isWhitespace(text.charAt(end - 1))) end--;
            if (end - open > 2) out.add(new Piece(open, end, open + 1, end, continuation));
            return true;
        }
        return false;
    }

    /** The closing mark that the character at i would need if it opens a quote, or 0 when it does not open one. */
    private static char closerFor(String text, int i, int paraStart) {
        char c = text.charAt(i);
        char prev = i > paraStart ? text.charAt(i - 1) : ' ';
        boolean openContext = i == paraStart || Character.isWhitespace(prev) || "([{—–-/".indexOf(prev) >= 0;
        switch (c) {
            case '“': return '”';
            case '«': return '»';
            case '„': return '“';
            case '"': return openContext && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1)) ? '"' : 0;
            case '‘': return openContext && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1)) ? '’' : 0;
            default: return 0;
        }
    }

    private static boolean isCloser(String text, int i, int to) {
        char c = text.charAt(i);
        if (c == '”' || c == '»' || c == '“') return true;
        // A straight or right single mark closes only before a non-letter: "Khan’s" is an apostrophe.
        return i + 1 >= to || !Character.isLetterOrDigit(text.charAt(i + 1));
    }

    private static boolean isFirstNonBlank(String text, int from, int i) {
        for (int k = from; k < i; k++) if (!Character.isWhitespace(text.charAt(k))) return false;
        return true;
    }

    private static boolean nextParagraphOpensQuote(String text, int paraEnd) {
        int i = paraEnd;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
        return i < text.length() && "“\"«‘„".indexOf(text.charAt(i)) >= 0;
    }
}
