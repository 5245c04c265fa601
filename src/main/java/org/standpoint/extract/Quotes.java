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
            if (!text.substring(paraStart, paraEnd).isBlank()) {
                boolean unclosed = scanParagraph(text, paraStart, paraEnd, carried, pieces);
                // The quote carries over only when the next non-blank paragraph opens with a quote mark.
                carried = unclosed && nextParagraphOpensQuote(text, paraEnd);
            }
            paraStart = paraEnd + 1;
        }
        return pieces;
    }

    /** Stands for the two-apostrophe mark {@code ''} that some archives use for both opening and closing quotes. */
    private static final char TWO_APOSTROPHES = '\uE000';

    private static boolean scanParagraph(String text, int from, int to, boolean carried, List<Piece> out) {
        int open = -1;
        int width = 1;
        char closer = 0;
        boolean continuation = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            boolean apostrophes = text.startsWith("''", i);
            if (open < 0) {
                char expected = apostrophes ? opensTwoApostrophes(text, i, from, to) : closerFor(text, i, from);
                if (expected != 0) {
                    open = i;
                    closer = expected;
                    width = apostrophes ? 2 : 1;
                    continuation = carried && isFirstNonBlank(text, from, i);
                    i += width - 1;
                }
            } else if (closer == TWO_APOSTROPHES ? apostrophes && (i + 2 >= to || !Character.isLetterOrDigit(text.charAt(i + 2)))
                    : c == closer && isCloser(text, i, to)) {
                int markWidth = closer == TWO_APOSTROPHES ? 2 : 1;
                out.add(new Piece(open, i + markWidth, open + width, i, continuation));
                open = -1;
                i += markWidth - 1;
            }
        }
        if (open >= 0) {
            int end = to;
            while (end > open + width && Character.isWhitespace(text.charAt(end - 1))) end--;
            if (end - open > width + 1) out.add(new Piece(open, end, open + width, end, continuation));
            return true;
        }
        return false;
    }

    private static char opensTwoApostrophes(String text, int i, int paraStart, int to) {
        char prev = i > paraStart ? text.charAt(i - 1) : ' ';
        boolean openContext = i == paraStart || Character.isWhitespace(prev) || "([{—–-/".indexOf(prev) >= 0;
        return openContext && i + 2 < to && !Character.isWhitespace(text.charAt(i + 2)) ? TWO_APOSTROPHES : 0;
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
        return i < text.length() && ("“\"«‘„".indexOf(text.charAt(i)) >= 0 || text.startsWith("''", i));
    }
}
