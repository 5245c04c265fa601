package org.standpoint.eval;

import org.standpoint.read.ArticleReader;
import org.standpoint.read.ReadResult;
import java.util.List;

import java.nio.file.Path;

import org.standpoint.model.Article;

/**
 * Reads an evaluation text through the product's own reader, so the extractor sees exactly what {@code load}
 * would (a URL/TITLE/DATE/PUBLISHER header is metadata, not text). The key is the file stem, for reports.
 * Gold quotes are located in that text; PolNeAR files are read verbatim (no header, no line dropped as web debris),
 * so their offsets index it as they are.
 */
final class ArticleFiles {
    private ArticleFiles() {
    }

    static Article read(Path file) {
        return read(file, new ArticleReader());
    }

    /** As {@link #read}, every line kept: BRAT offsets index the file as it is. */
    static Article readVerbatim(Path file) {
        return read(file, new ArticleReader().verbatim());
    }

    private static Article read(Path file, ArticleReader reader) {
        ReadResult r = reader.readAll(List.of(file));
        if (r.articles().size() != 1) {
            String why = r.errors().isEmpty() ? "no article" : r.errors().get(0).message();
            throw new IllegalArgumentException(why);
        }
        Article a = r.articles().get(0);
        return new Article(stem(file), a.url(), a.title(), a.date(), a.publisher(), a.text(), file.toString(), a.issue());
    }

    static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
