package org.standpoint.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.standpoint.read.TestFiles.read;
import static org.standpoint.read.TestFiles.write;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standpoint.model.Article;

class JsonReadingTest {
    @TempDir
    Path dir;

    @Test
    void jsonObjectWithAllFields() {
        Path f = write(dir, "one.json", """
                {"id": "a1", "url": "https://Example.org/story/", "title": " Headline ", "date": "2018-05-14T10:00:00Z",
                 "publisher": "The Paper", "issue": " control orders for terror suspects ",
                 "body": "Line one.\\r\\nLine \\u201ctwo\\u201d."}
                """);
        ReadResult r = read(f);
        assertEquals(List.of(), r.errors());
        Article a = r.articles().get(0);
        assertEquals("control orders for terror suspects", a.issue());
        assertEquals("https://example.org/story", a.url());
        assertEquals("Headline", a.title());
        assertEquals("2018-05-14", a.date());
        assertEquals("The Paper", a.publisher());
        assertEquals("Line one.\nLine \u201ctwo\u201d.", a.text());
        assertEquals(f.toString(), a.origin());
    }

    @Test
    void jsonArrayGivesIndexedOriginsAndBadElementsDoNotStopIt() {
        Path f = write(dir, "many.json", """
                [ {"body": "First."},
                  {"title": "no body"},
                  42,
                  {"body": "Fourth.", "date": "May 14, 2018"} ]
                """);
        ReadResult r = read(f);
        assertEquals(List.of("First.", "Fourth."), r.articles().stream().map(Article::text).toList());
        assertEquals(List.of(f + "[0]", f + "[3]"), r.articles().stream().map(Article::origin).toList());
        assertEquals("2018-05-14", r.articles().get(1).date());
        assertEquals(List.of(f + "[1]", f + "[2]"), r.errors().stream().map(ReadError::origin).toList());
        assertTrue(r.errors().get(0).message().endsWith("[1]: record has no body"), r.errors().get(0).message());
        assertTrue(r.errors().get(1).message().contains("not a JSON object"));
    }

    @Test
    void malformedJsonArrayKeepsEarlierElementsAndNamesTheLine() {
        Path f = write(dir, "broken.json", "[\n{\"body\": \"ok\"},\n{\"body\": oops}\n]\n");
        ReadResult r = read(f);
        assertEquals(1, r.articles().size());
        assertEquals(1, r.errors().size());
        String m = r.errors().get(0).message();
        assertTrue(m.startsWith(f + ": malformed JSON at line 3"), m);
        assertEquals(1, m.lines().count());
    }

    @Test
    void jsonlReadsLinesAroundABrokenOneAndSkipsBlankLines() {
        Path f = write(dir, "feed.jsonl", """
                {"id": "1", "body": "One.", "url": "http://a.example/1"}

                {"id": "2", "body": "Two.
                {"id": "3", "body": "Three.", "publisher": "P"}
                {"id": "4", "title": "t"}
                """);
        ReadResult r = read(f);
        assertEquals(List.of("One.", "Three."), r.articles().stream().map(Article::text).toList());
        assertEquals(List.of(f + ":1", f + ":4"), r.articles().stream().map(Article::origin).toList());
        assertEquals(2, r.errors().size());
        ReadError broken = r.errors().get(0);
        assertEquals(f + ":3", broken.origin());
        assertTrue(broken.message().startsWith(f + ":3: malformed JSON at line 3"), broken.message());
        assertEquals(f + ":5: record '4' has no body", r.errors().get(1).message());
    }

    @Test
    void jsonlInvalidUtf8OnOneLineIsOneError() {
        byte[] good = "{\"body\": \"ok\"}\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {'{', '"', 'b', 'o', 'd', 'y', '"', ':', '"', (byte) 0xE2, (byte) 0x80, '"', '}', '\n'};
        byte[] all = new byte[good.length * 2 + bad.length];
        System.arraycopy(good, 0, all, 0, good.length);
        System.arraycopy(bad, 0, all, good.length, bad.length);
        System.arraycopy(good, 0, all, good.length + bad.length, good.length);
        ReadResult r = read(write(dir, "mixed.jsonl", all));
        assertEquals(2, r.articles().size());
        assertEquals("ok", r.articles().get(1).text());
        assertEquals(1, r.errors().size());
        assertTrue(r.errors().get(0).message().contains("mixed.jsonl:2: not valid UTF-8"), r.errors().toString());
    }

    @Test
    void missingBlankOrNonStringBodyIsAnError() {
        ReadResult r = read(write(dir, "a.json", "{\"id\": 7, \"title\": \"T\"}"),
                write(dir, "b.json", "{\"body\": \"  \\n \"}"),
                write(dir, "c.json", "{\"body\": {\"text\": \"x\"}}"));
        assertTrue(r.articles().isEmpty());
        assertEquals(3, r.errors().size());
        assertTrue(r.errors().get(0).message().endsWith("a.json: record '7' has no body"), r.errors().toString());
        assertTrue(r.errors().get(1).message().endsWith("b.json: record has a blank body"), r.errors().toString());
        assertTrue(r.errors().get(2).message().contains("not a string"), r.errors().toString());
    }

    @Test
    void emptyJsonAndJsonlFilesAreErrors() {
        ReadResult r = read(write(dir, "e.json", ""), write(dir, "e.jsonl", ""), write(dir, "b.jsonl", "\n  \n"));
        assertTrue(r.articles().isEmpty());
        assertEquals(3, r.errors().size());
        assertTrue(r.errors().get(0).message().endsWith("e.json: empty file"));
        assertTrue(r.errors().get(1).message().endsWith("e.jsonl: empty file"));
        assertTrue(r.errors().get(2).message().contains("no records"));
    }

    @Test
    void trailingContentAfterAJsonObjectIsAnError() {
        ReadResult r = read(write(dir, "t.json", "{\"body\": \"x\"}\n{\"body\": \"y\"}"));
        assertTrue(r.articles().isEmpty());
        assertTrue(r.errors().get(0).message().contains("unexpected content after the JSON value at line 2"));
    }

    @Test
    void oversizedRecordsAreRefusedOneByOne() {
        String big = "x".repeat(3000);
        Path jsonl = write(dir, "big.jsonl", "{\"body\": \"" + big + "\"}\n{\"body\": \"small\"}\n");
        Path json = write(dir, "big.json", "[{\"body\": \"small\"}, {\"body\": \"" + big + "\"}]");
        ReadResult r = new ArticleReader(2000).readAll(List.of(jsonl, json));
        assertEquals(List.of(jsonl + ":2", json + "[0]"), r.articles().stream().map(Article::origin).toList());
        assertEquals(List.of(jsonl + ":1", json + "[1]"), r.errors().stream().map(ReadError::origin).toList());
        r.errors().forEach(e -> assertTrue(e.message().contains("too large"), e.message()));
    }

    @Test
    void largeJsonlIsStreamedLazily() throws IOException {
        Path f = dir.resolve("large.jsonl");
        try (BufferedWriter w = Files.newBufferedWriter(f)) {
            for (int i = 0; i < 100_000; i++) {
                w.write("{\"id\": \"" + i + "\", \"body\": \"Article number " + i + ".\"}\n");
            }
        }
        List<ReadError> errors = new ArrayList<>();
        try (Stream<Article> s = new ArticleReader().read(List.of(f), errors::add)) {
            // only what is pulled is parsed: the stream can be cut short without reading the rest
            List<Article> first = s.limit(3).toList();
            assertEquals(f + ":3", first.get(2).origin());
        }
        try (Stream<Article> s = new ArticleReader().read(List.of(f), errors::add)) {
            assertEquals(100_000, s.count());
        }
        assertEquals(List.of(), errors);
    }

    @Test
    void jsonlWithCrlfNoFinalNewlineAndTwoRecordsGluedOnOneLine() {
        Path f = write(dir, "crlf.jsonl", "{\"body\": \"a\"}\r\n{\"body\": \"b\"} {\"body\": \"c\"}\r\n{\"body\": \"d\"}");
        ReadResult r = read(f);
        assertEquals(List.of("a", "d"), r.articles().stream().map(Article::text).toList());
        assertEquals(List.of(f + ":2"), r.errors().stream().map(ReadError::origin).toList());
        assertTrue(r.errors().get(0).message().contains("malformed JSON at line 2"), r.errors().toString());
    }

    @Test
    void nonScalarMetadataIsIgnoredAndNumbersAreText() {
        Article a = read(write(dir, "n.json", "{\"body\": \"b\", \"date\": 2018, \"title\": [\"x\"]}")).articles().get(0);
        assertEquals("2018", a.date());
        assertNull(a.title());
    }
}
