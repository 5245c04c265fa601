package org.standpoint.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.standpoint.read.TestFiles.read;
import static org.standpoint.read.TestFiles.write;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standpoint.model.Article;

class DirectoryAndKeyTest {
    @TempDir
    Path dir;

    @Test
    void directoriesAreWalkedRecursivelyInPathOrderSkippingHiddenAndOtherFiles() {
        write(dir, "b/2.txt", "b2");
        write(dir, "a.txt", "a");
        write(dir, "b/1.json", "{\"body\": \"b1\"}");
        write(dir, "b/c/3.HTML", "<p>c3</p>");
        write(dir, "c.jsonl", "{\"body\": \"c\"}\n");
        write(dir, "notes.md", "# not read");
        write(dir, "image.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        write(dir, ".hidden.txt", "hidden");
        write(dir, ".git/x.txt", "in a hidden directory");
        ReadResult r = read(dir);
        assertEquals(List.of(), r.errors());
        assertEquals(List.of("a", "b1", "b2", "c3", "c"), r.articles().stream().map(Article::text).toList());
        assertEquals(dir.resolve("b/c/3.HTML").toString(), r.articles().get(3).origin());
    }

    @Test
    void devicesAndFifosAreOneErrorEachAndTheArticleBesideThemIsRead() throws Exception {
        Assumptions.assumeTrue(Files.exists(Path.of("/dev/zero")), "needs /dev/zero");
        write(dir, "a.txt", "The good article.");
        Files.createSymbolicLink(dir.resolve("b-zero.txt"), Path.of("/dev/zero"));
        boolean fifo = new ProcessBuilder("mkfifo", dir.resolve("c-fifo.txt").toString()).start().waitFor() == 0;
        ReadResult r = read(dir);
        assertEquals(List.of("The good article."), r.articles().stream().map(Article::text).toList());
        assertEquals(fifo ? 2 : 1, r.errors().size(), r.errors()::toString);
        assertTrue(r.errors().get(0).toString().contains("b-zero.txt"), r.errors()::toString);
        assertTrue(r.errors().stream().allMatch(e -> e.toString().contains("not a regular file")), r.errors()::toString);
    }

    @Test
    void inputsKeepTheirGivenOrderAndNamedProblemsAreErrors() {
        Path z = write(dir, "z.txt", "z");
        Path a = write(dir, "a.txt", "a");
        Path md = write(dir, "readme.md", "x");
        ReadResult r = read(z, dir.resolve("missing.txt"), md, a);
        assertEquals(List.of("z", "a"), r.articles().stream().map(Article::text).toList());
        assertEquals(List.of(dir.resolve("missing.txt") + ": no such file or directory",
                md + ": unsupported file type (expected .txt, .json, .jsonl, .html, .htm)"),
                r.errors().stream().map(ReadError::message).toList());
    }

    @Test
    void sameUrlGivesTheSameKeyWhateverTheCopy() {
        Path txt = write(dir, "a.txt", "URL: https://example.com/news/story\n\nOne version of the text.");
        Path json = write(dir, "b.json", "{\"url\": \"https://example.com/news/story\", \"body\": \"Another version.\"}");
        List<Article> as = read(txt, json).articles();
        assertEquals(as.get(0).key(), as.get(1).key());
        assertTrue(as.get(0).key().matches("[0-9a-f]{12}"), as.get(0).key());
    }

    @Test
    void urlsDifferingOnlyByFragmentTrailingSlashOrHostCaseShareAKey() {
        String key = key("https://example.com/news/story");
        assertEquals(key, key("https://example.com/news/story/"));
        assertEquals(key, key("https://example.com/news/story#comments"));
        assertEquals(key, key("HTTPS://Example.COM/news/story/#top"));
        assertNotEquals(key, key("https://example.com/news/Story"));
        assertNotEquals(key, key("https://example.com/news/story?page=2"));
    }

    @Test
    void withoutUrlTheKeyFollowsTheText() {
        assertEquals(key(null, "Same text."), key(null, "Same text."));
        assertNotEquals(key(null, "Same text."), key(null, "Other text."));
        // known value: first 12 hex of SHA-1("abc")
        assertEquals("a9993e364706", Keys.of(null, "abc"));
    }

    @Test
    void canonicalUrlIsLight() {
        assertEquals("http://user:Pw@example.com:8080/A/b?x=Y", Keys.canonicalUrl(" http://user:Pw@EXAMPLE.com:8080/A/b/?x=Y#f "));
        assertEquals("https://example.com", Keys.canonicalUrl("https://example.com/"));
        assertEquals("www.example.com/a", Keys.canonicalUrl("www.example.com/a/"));
        assertEquals(null, Keys.canonicalUrl("  "));
        assertEquals(null, Keys.canonicalUrl("unknown"));
        assertEquals(null, Keys.canonicalUrl("n/a"));
        assertEquals(null, Keys.canonicalUrl("see the website"));
    }

    @Test
    void placeholderUrlsDoNotMakeArticlesShareAKey() {
        List<Article> as = read(write(dir, "a.txt", "URL: unknown\n\nText A."), write(dir, "b.txt", "URL: unknown\n\nText B."))
                .articles();
        assertEquals(null, as.get(0).url());
        assertNotEquals(as.get(0).key(), as.get(1).key());
        assertEquals(Keys.of(null, "Text A."), as.get(0).key());
    }

    private String key(String url) {
        return key(url, "text " + url);
    }

    private String key(String url, String text) {
        return Articles.create(url, null, null, null, text, "test").key();
    }
}
