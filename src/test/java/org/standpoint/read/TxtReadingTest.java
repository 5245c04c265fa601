package org.standpoint.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.standpoint.read.TestFiles.read;
import static org.standpoint.read.TestFiles.write;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standpoint.model.Article;

class TxtReadingTest {
    @TempDir
    Path dir;

    private Article only(ReadResult r) {
        assertEquals(1, r.articles().size(), () -> "errors: " + r.errors());
        assertTrue(r.errors().isEmpty(), () -> "errors: " + r.errors());
        return r.articles().get(0);
    }

    private ReadError onlyError(ReadResult r) {
        assertTrue(r.articles().isEmpty(), () -> "articles: " + r.articles());
        assertEquals(1, r.errors().size(), () -> "errors: " + r.errors());
        return r.errors().get(0);
    }

    @Test
    void headerInAnyOrderAndCaseGivesMetadataAndTextAfterTheBlankLine() {
        Path f = write(dir, "a.txt", "publisher: Evening Standard\nTitle:  Assembly fury \nURL: HTTP://WWW.Standard.co.uk/news/x.html#top\n"
                + "DATE: 14 May 2018\n\n\u201cNo,\u201d he said.\nSecond line.\n");
        Article a = only(read(f));
        assertEquals("Assembly fury", a.title());
        assertEquals("http://www.standard.co.uk/news/x.html", a.url());
        assertEquals("2018-05-14", a.date());
        assertEquals("Evening Standard", a.publisher());
        assertEquals("\u201cNo,\u201d he said.\nSecond line.\n", a.text());
        assertEquals(f.toString(), a.origin());
        assertEquals(Keys.of("http://www.standard.co.uk/news/x.html", null), a.key());
    }

    @Test
    void anIssueLineDeclaresTheMeasureAndTheCommandLineDeclaresItOnlyForArticlesWithoutOne() {
        Path own = write(dir, "own.txt", "TITLE: Peers defeat bill\nISSUE:  ID cards bill \n\nPeers voted against it.\n");
        Path none = write(dir, "none.txt", "TITLE: Lords debate\n\nThe debate went on.\n");
        Article a = only(read(own));
        assertEquals("ID cards bill", a.issue());
        assertEquals("Peers voted against it.\n", a.text(), "the ISSUE line is header, not text");
        assertNull(only(read(none)).issue());
        ReadResult both = new ArticleReader().declaring("control orders").readAll(java.util.List.of(own, none));
        assertEquals("ID cards bill", both.articles().get(0).issue(), "the article's own declaration wins");
        assertEquals("control orders", both.articles().get(1).issue());
    }

    @Test
    void onlyWebAddressesAreKeptAsTheUrlAndTheKeyStaysAsItWas() {
        Article script = only(read(write(dir, "x.txt", "URL: javascript://example.com/%0aalert(document.domain)\n\nText.")));
        assertNull(script.url(), "a link that runs script");
        assertEquals(Keys.of("javascript://example.com/%0aalert(document.domain)", null), script.key());
        assertNull(only(read(write(dir, "q.txt", "URL: http://evil.example/a\"b<c>{d}\n\nText."))).url(), "not an IRI");
        assertNull(only(read(write(dir, "f.txt", "URL: file:///etc/passwd\n\nText."))).url());
        Article www = only(read(write(dir, "w.txt", "URL: www.example.com/x\n\nText.")));
        assertEquals("http://www.example.com/x", www.url(), "absolute, so a dump reads back the same");
        assertEquals(Keys.of("www.example.com/x", null), www.key());
    }

    @Test
    void headerSubsetLeavesTheRestNullAndUnparseableDateIsNull() {
        Article a = only(read(write(dir, "a.txt", "DATE: unknown\n\nBody text.")));
        assertNull(a.title());
        assertNull(a.url());
        assertNull(a.date());
        assertEquals("Body text.", a.text());
    }

    @Test
    void withoutHeaderTheWholeFileIsTextAndTheFirstNonBlankLineTheHeadline() {
        String content = "\n  Is The Met Police Really Going To Introduce Armed Patrols?  \n\nConsultation on the move.\n";
        Article a = only(read(write(dir, "seed.txt", content)));
        assertEquals("Is The Met Police Really Going To Introduce Armed Patrols?", a.title());
        assertEquals(content, a.text());
        assertNull(a.url());
        assertEquals(Keys.of(null, content), a.key());
    }

    @Test
    void aFirstParagraphThatIsNotAllHeaderLinesIsText() {
        String content = "Date: a column about dating\nby our correspondent\n\nMore.";
        Article a = only(read(write(dir, "a.txt", content)));
        assertEquals(content, a.text());
        assertEquals("Date: a column about dating", a.title());
        assertNull(a.date());
    }

    @Test
    void crlfAndCrBecomeLfAndTheBomIsDropped() {
        Article a = only(read(write(dir, "a.txt", "\uFEFFTITLE: T\r\n\r\nOne.\r\nTwo.\rThree.\r\n")));
        assertEquals("T", a.title());
        assertEquals("One.\nTwo.\nThree.\n", a.text());
    }

    @Test
    void emptyAndBlankFilesAreErrors() {
        ReadError e = onlyError(read(write(dir, "empty.txt", "")));
        assertEquals(dir.resolve("empty.txt").toString(), e.origin());
        assertTrue(e.message().startsWith(e.origin() + ": empty file"), e.message());
        assertTrue(onlyError(read(write(dir, "blank.txt", " \n\n"))).message().contains("empty file"));
        assertTrue(onlyError(read(write(dir, "h.txt", "TITLE: x\n\n  \n"))).message().contains("no text after the header"));
    }

    @Test
    void invalidUtf8IsAnErrorNamingTheByteNotAReplacementCharacter() {
        byte[] bytes = {'O', 'k', ' ', (byte) 0xC3, (byte) 0x28, '!'};
        ReadError e = onlyError(read(write(dir, "bad.txt", bytes)));
        assertTrue(e.message().contains("bad.txt: not valid UTF-8"), e.message());
        assertTrue(e.message().contains("byte 3"), e.message());
        assertEquals(1, e.message().lines().count());
    }

    @Test
    void oneBadFileDoesNotStopTheOthers() {
        write(dir, "a.txt", new byte[] {(byte) 0xFF});
        write(dir, "b.txt", "B");
        ReadResult r = read(dir);
        assertEquals(1, r.articles().size());
        assertEquals("B", r.articles().get(0).text());
        assertEquals(1, r.errors().size());
    }

    @Test
    void filesOverTheLimitAreRefused() {
        Path f = write(dir, "big.txt", "x".repeat(2000));
        ReadResult r = new ArticleReader(1000).readAll(java.util.List.of(f));
        assertTrue(r.articles().isEmpty());
        assertTrue(r.errors().get(0).message().contains("too large (2000 bytes, limit 1000)"), r.errors().toString());
    }

    @Test
    void seedArticleHeadline() {
        Path seed = Path.of(System.getProperty("standpoint.shared", "../shared"), "corpus/seed/met-armed-patrols.txt");
        Assumptions.assumeTrue(Files.isRegularFile(seed), "seed article not available");
        Article a = only(read(seed));
        assertEquals("Is The Met Police Really Going To Introduce Armed Patrols?", a.title());
        assertTrue(a.text().startsWith("Is The Met Police Really Going To Introduce Armed Patrols?\n"));
        assertTrue(a.text().contains("\u201cfor short periods of time\u201d"), "curly quotes kept");
        assertEquals(12, a.key().length());
    }
}
