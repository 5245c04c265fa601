package org.standpoint.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standpoint.model.Article;

/**
 * The hostile corpus through the read stage, kind by kind and all in one batch: each bad kind is one error line naming
 * its file and the problem, each good kind an article with its text intact, and nothing stops the batch.
 */
class HostileInputReadingTest {
    @Test
    void everyKindIsAnArticleOrOneErrorNamingTheFile(@TempDir Path dir) {
        List<HostileCorpus.Kind> kinds = HostileCorpus.small(dir);
        assertTrue(kinds.size() >= 30, "at least 30 kinds: " + kinds.size());
        for (HostileCorpus.Kind kind : kinds) {
            ReadResult r = new ArticleReader().readAll(List.of(kind.path()));
            assertEquals(kind.errors(), r.errors().size(), kind.name() + ": " + r.errors());
            for (ReadError e : r.errors()) {
                assertTrue(e.message().startsWith(kind.path().toString()), kind.name() + ": names the file: " + e);
                assertEquals(1, e.message().lines().count(), kind.name() + ": one line: " + e);
            }
            if (kind.good()) {
                assertTrue(r.articles().stream().anyMatch(a -> a.text().contains(kind.contains())),
                        kind.name() + ": " + r.articles());
            } else {
                assertEquals(List.of(), r.articles(), kind.name());
                assertTrue(r.errors().get(0).message().contains(kind.problem()), kind.name() + ": " + r.errors());
            }
        }
    }

    @Test
    void theWholeCorpusInOneBatchGivesTheSameAsKindByKind(@TempDir Path dir) {
        List<HostileCorpus.Kind> kinds = HostileCorpus.small(dir);
        List<Path> inputs = new ArrayList<>(kinds.stream().map(HostileCorpus.Kind::path).toList());
        ReadResult r = new ArticleReader().readAll(inputs);
        assertEquals(kinds.stream().mapToInt(HostileCorpus.Kind::errors).sum(), r.errors().size(), r.errors()::toString);
        for (HostileCorpus.Kind kind : HostileCorpus.extractable(kinds)) {
            assertTrue(r.articles().stream().anyMatch(a -> a.origin().startsWith(kind.path().toString())
                    && a.text().contains(kind.contains())), kind.name());
        }
    }

    @Test
    void aHundredThousandLineJsonlWithBrokenLinesInTheMiddle(@TempDir Path dir) {
        int lines = 100_000;
        long limit = 4096;
        Path file = HostileCorpus.bigJsonl(dir, lines, limit);
        List<ReadError> errors = new ArrayList<>();
        long[] count = {0};
        Article[] last = new Article[1];
        try (Stream<Article> articles = new ArticleReader(limit).read(List.of(file), errors::add)) {
            articles.forEach(a -> {
                count[0]++;
                last[0] = a;
            });
        }
        List<String> expected = HostileCorpus.BROKEN_LINES.stream().map(b -> file + ":" + b[0] + ": ").toList();
        assertEquals(expected, errors.stream().map(e -> e.message().substring(0, e.message().indexOf(": ") + 2)).toList(),
                errors::toString);
        for (int i = 0; i < errors.size(); i++) {
            assertTrue(errors.get(i).message().contains((String) HostileCorpus.BROKEN_LINES.get(i)[1]), errors.get(i).message());
        }
        // every other line but the blank one is an article, the last one included
        assertEquals(lines - HostileCorpus.BROKEN_LINES.size() - 1, count[0]);
        assertEquals("Record " + lines + ".", last[0].text());
        assertEquals(file + ":" + lines, last[0].origin());
    }

    @Test
    void tenThousandTinyFiles(@TempDir Path dir) {
        Path folder = HostileCorpus.tinyFiles(dir, 10_000);
        List<ReadError> errors = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        try (Stream<Article> articles = new ArticleReader().read(List.of(folder), errors::add)) {
            articles.forEach(a -> texts.add(a.text()));
        }
        assertEquals(List.of(), errors);
        assertEquals(10_000, texts.size(), "the hidden file is skipped");
        assertEquals("Note 0.", texts.get(0));
        assertEquals("Note 9999.", texts.get(9_999));
    }
}
