package org.standpoint.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Text pasted from a web page carries the page's furniture as lines of its own: an image credit ("PA Wire/PA
 * Images"), a loading message, a button ("Close"), a box heading ("What's Hot"). They become article text, and the
 * article page shows them. A line is taken for such debris when it stands as a paragraph's last line (a blank line or
 * the end of the text follows), is short (at most 6 words, 48 characters), opens with a capital, and has no sentence
 * punctuation at its end, no quotation mark and none of the small words every clause has ("was", "said", "the"):
 * prose never looks like that; a crosshead may, and carries no statement. The headline (the first line) always stays. The stored text is the text without them, so every offset
 * indexes what a page shows.
 */
final class WebDebris {
    private static final int MAX_WORDS = 6;
    private static final int MAX_CHARS = 48;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;,\"”’')\\]…]$");
    private static final Pattern QUOTE = Pattern.compile("[\"“”‘]");
    private static final Pattern CLAUSE_WORD = Pattern.compile(
            "\\b(?:is|was|are|were|be|been|has|have|had|will|would|can|could|should|said|says|say|told|the|a|an|to|of|that)\\b");

    private WebDebris() {
    }

    static String strip(String text) {
        String[] lines = text.split("\n", -1);
        int headline = 0;
        while (headline < lines.length && lines[headline].isBlank()) headline++;
        List<String> kept = new ArrayList<>(lines.length);
        boolean dropped = false;
        for (int i = 0; i < lines.length; i++) {
            boolean endsParagraph = i + 1 == lines.length || lines[i + 1].isBlank();
            if (i > headline && endsParagraph && isDebris(lines[i])) {
                dropped = true;
                // a dropped paragraph takes its blank line with it, so paragraphs stay one blank line apart
                if (!kept.isEmpty() && kept.get(kept.size() - 1).isBlank() && lines[i - 1].isBlank()) {
                    kept.remove(kept.size() - 1);
                }
                continue;
            }
            kept.add(lines[i]);
        }
        return dropped ? String.join("\n", kept) : text;
    }

    static boolean isDebris(String line) {
        String t = line.strip();
        if (t.isEmpty() || t.length() > MAX_CHARS || !Character.isUpperCase(t.codePointAt(0))) return false;
        if (t.split("\\s+").length > MAX_WORDS) return false;
        return !SENTENCE_END.matcher(t).find() && !QUOTE.matcher(t).find() && !CLAUSE_WORD.matcher(t).find();
    }
}
