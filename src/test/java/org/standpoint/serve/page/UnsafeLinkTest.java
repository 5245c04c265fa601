package org.standpoint.serve.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** IRIs that reached the store by an update or an old load must not become links that run script. */
class UnsafeLinkTest {
    private final LocalPaths paths = new LocalPaths("http://standpoint.example/id/");

    @Test
    void onlyPathsHereAndHttpAddressesBecomeLinks() {
        assertEquals("<a href=\"https://news.example/a?b=1&amp;c\">original</a>",
                link("https://news.example/a?b=1&c", "original"));
        assertEquals("<a href=\"/id/person/x\">X</a>", link("/id/person/x", "X"));
        assertEquals("original", link("javascript://example.com/%0aalert(document.domain)", "original"));
        assertEquals("original", link("JavaScript:alert(1)", "original"));
        assertEquals("x", link("//evil.example/x", "x"), "protocol-relative");
        assertEquals("&lt;b&gt;", link("data:text/html,<b>", "<b>"));
    }

    @Test
    void externalIrisThatAreNotWebAddressesGetNoHref() {
        assertEquals("/id/person/lord-harris", paths.href("http://standpoint.example/id/person/lord-harris"));
        assertEquals("http://www.wikidata.org/entity/Q1", paths.href("http://www.wikidata.org/entity/Q1"));
        assertEquals("#", paths.href("javascript:alert(1)"));
    }

    private static String link(String href, String text) {
        return Templates.render("link", java.util.Map.of("href", href, "text", text)).strip();
    }
}
