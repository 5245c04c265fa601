package org.standpoint.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.standpoint.read.TestFiles.read;
import static org.standpoint.read.TestFiles.write;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standpoint.model.Article;

class HtmlReadingTest {
    @TempDir
    Path dir;

    private static final String PAGE = """
            <!DOCTYPE html>
            <html><head>
              <title>Armed patrols considered | The Paper</title>
              <meta property="og:title" content="Met considers armed foot patrols">
              <meta property="og:site_name" content="The Paper">
              <meta property="article:published_time" content="2018-05-14T10:00:00+01:00">
              <link rel="canonical" href="https://www.Example.com/news/met-patrols/">
              <script>var tracking = "do not read me";</script>
              <style>p { color: red }</style>
            </head><body>
              <header><a href="/">Home</a> <a href="/news">News</a></header>
              <nav><ul><li>Politics</li><li>Sport</li></ul></nav>
              <article>
                <h1>Met considers armed   foot patrols</h1>
                <p>The Metropolitan Police is considering arming officers.</p>
                <script>alert("junk")</script>
                <aside><p>Related: something else</p></aside>
                <blockquote><p>\u201cFor short periods of time,\u201d it read.</p></blockquote>
                <p>The force has <b>denied</b> the move<br>would become routine.</p>
              </article>
              <footer><p>Copyright The Paper</p></footer>
            </body></html>
            """;

    @Test
    void extractsArticleParagraphsAndMetadataWithoutJunk() {
        Path f = write(dir, "page.html", PAGE);
        ReadResult r = read(f);
        assertEquals(List.of(), r.errors());
        Article a = r.articles().get(0);
        assertEquals("Met considers armed foot patrols\n\n"
                + "The Metropolitan Police is considering arming officers.\n\n"
                + "\u201cFor short periods of time,\u201d it read.\n\n"
                + "The force has denied the move would become routine.", a.text());
        assertEquals("Met considers armed foot patrols", a.title());
        assertEquals("https://www.example.com/news/met-patrols", a.url());
        assertEquals("2018-05-14", a.date());
        assertEquals("The Paper", a.publisher());
        assertEquals(f.toString(), a.origin());
    }

    @Test
    void withoutArticleOrMainTheBodyLosesNavHeaderFooterAndScripts() {
        Path f = write(dir, "plain.htm", """
                <html><head><title>Plain page</title></head><body>
                <header>Site header</header><nav>Menu</nav>
                <div><h1>Headline</h1><p>First para.</p><p>Second para.</p>
                <p>Published <time datetime="2018-05-14">Monday</time></p></div>
                <script>x()</script><footer>Footer text</footer>
                </body></html>
                """);
        Article a = read(f).articles().get(0);
        // "Published Monday" is page furniture (WebDebris); its <time> still gives the date
        assertEquals("Headline\n\nFirst para.\n\nSecond para.", a.text());
        assertEquals("Headline", a.title());
        assertEquals("2018-05-14", a.date());
        assertNull(a.url());
        assertFalse(a.text().contains("Menu") || a.text().contains("Footer") || a.text().contains("x()"));
    }

    @Test
    void mainIsUsedWhenThereIsNoArticleAndTitleFallsBackToTheTitleElement() {
        Path f = write(dir, "m.html", "<html><head><title>T</title></head><body><div>Sidebar</div>"
                + "<main><p>Main text.</p></main></body></html>");
        Article a = read(f).articles().get(0);
        assertEquals("Main text.", a.text());
        assertEquals("T", a.title());
    }

    @Test
    void pageWithoutTextIsAnError() {
        ReadResult r = read(write(dir, "e.html", "<html><body><nav>Only menu</nav><script>x</script></body></html>"));
        assertTrue(r.articles().isEmpty());
        assertTrue(r.errors().get(0).message().endsWith("e.html: no article text found in the HTML"));
    }
}
