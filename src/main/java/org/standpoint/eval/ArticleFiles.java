package org.standpoint.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.standpoint.model.Article;

/**
 * Builds an {@link Article} from a plain-text evaluation file. The whole file is the text, because gold offsets
 * (PolNeAR's) index the file as it is; only CRLF is folded to LF. The dev corpus starts with "URL:", "TITLE:",
 * "DATE:", "PUBLISHER:" header lines, which fill the metadata when present; otherwise the title is the first line.
 */
final class ArticleFiles {
    private ArticleFiles() {
    }

    static Article read(Path file) {
        try {
            return of(stem(file), new String(Files.readAllBytes(file), StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static Article of(String key, String content, String origin) {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        text = text.replace("\r\n", "\n");
        Map<String, String> header = header(text);
        String title = header.containsKey("TITLE") ? header.get("TITLE") : firstLine(text);
        return new Article(key, header.get("URL"), title, header.get("DATE"), header.get("PUBLISHER"), text, origin);
    }

    static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static Map<String, String> header(String text) {
        Map<String, String> header = new HashMap<>();
        for (String line : text.split("\n", 12)) {
            int colon = line.indexOf(':');
            if (colon <= 0 || !line.substring(0, colon).matches("[A-Z]+")) break;
            String value = line.substring(colon + 1).trim();
            // "unknown" is how the corpus says it has no value
            if (!value.isEmpty() && !value.equalsIgnoreCase("unknown")) header.put(line.substring(0, colon), value);
        }
        return header;
    }

    private static String firstLine(String text) {
        for (String line : text.split("\n")) if (!line.isBlank()) return line.strip();
        return null;
    }
}
