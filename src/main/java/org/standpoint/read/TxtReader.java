package org.standpoint.read;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.standpoint.model.Article;

/**
 * Plain-text articles. An optional header comes first: {@code URL:}, {@code TITLE:}, {@code DATE:},
 * {@code PUBLISHER:} and {@code ISSUE:} (the measure the article is declared to be about) lines (any order, any subset, keys case-insensitive) ended by a blank line.
 * The header is only recognised when <em>every</em> line before the first blank line is such a line, so an
 * article that merely opens with "Date: ..." prose is never cut. Without a header the whole file is the text
 * and its first non-blank line is the headline; with a header but no TITLE the title stays null, because
 * the first line after explicit metadata is usually the standfirst, not the headline.
 */
final class TxtReader {
    private static final Pattern HEADER_LINE =
            Pattern.compile("(url|title|date|publisher|issue)[ \\t]*:(.*)", Pattern.CASE_INSENSITIVE);

    private TxtReader() {
    }

    /** {@code content} is the normalised file text; the article text is the part after the header. */
    static Article parse(String content, String origin) throws ReadFailure {
        if (content.isBlank()) {
            throw new ReadFailure("empty file (only whitespace)");
        }
        Map<String, String> header = new HashMap<>();
        int textStart = parseHeader(content, header);
        if (textStart < 0) {
            return Articles.create(null, firstNonBlankLine(content), null, null, content, origin);
        }
        String text = content.substring(textStart);
        if (text.isBlank()) {
            throw new ReadFailure("no text after the header");
        }
        return Articles.create(header.get("url"), header.get("title"), header.get("date"), header.get("publisher"),
                text, origin, header.get("issue"));
    }

    /** Fills {@code header} and returns where the text starts (just after the blank line), or -1 if no header. */
    private static int parseHeader(String content, Map<String, String> header) {
        int pos = 0;
        while (pos < content.length()) {
            int eol = content.indexOf('\n', pos);
            int end = eol < 0 ? content.length() : eol;
            String line = content.substring(pos, end);
            int next = eol < 0 ? content.length() : eol + 1;
            if (line.isBlank()) {
                return header.isEmpty() ? -1 : next;
            }
            Matcher m = HEADER_LINE.matcher(line);
            if (!m.matches()) {
                return -1;
            }
            // first occurrence wins: a repeated key is more likely a paste accident than a correction
            header.putIfAbsent(m.group(1).toLowerCase(Locale.ROOT), m.group(2).strip());
            pos = next;
        }
        // header lines only, no blank line: a header with an empty text
        return header.isEmpty() ? -1 : content.length();
    }

    private static String firstNonBlankLine(String text) {
        int pos = 0;
        while (pos < text.length()) {
            int eol = text.indexOf('\n', pos);
            String line = text.substring(pos, eol < 0 ? text.length() : eol);
            if (!line.isBlank()) {
                return line.strip();
            }
            pos = eol < 0 ? text.length() : eol + 1;
        }
        return null;
    }
}
