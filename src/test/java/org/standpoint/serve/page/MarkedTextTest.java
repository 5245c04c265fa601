package org.standpoint.serve.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class MarkedTextTest {
    private static final String BASE = "https://example.org/id/";
    private static final LocalPaths PATHS = new LocalPaths(BASE);

    @Test
    void overlappingSpansStayWellFormedAndKeepTheText() {
        String text = "He said <that> 𝕏 it was fine, he added.";
        String art = BASE + "article/a";
        List<Attributions.Span> spans = List.of(
                span(art, Attributions.Kind.CONTENT, 8, 29, "s1", Stance.SUPPORT),
                span(art, Attributions.Kind.CONTENT, 15, 29, "s2", Stance.OPPOSE),
                span(art, Attributions.Kind.SOURCE, 0, 2, "s1", Stance.SUPPORT),
                span(art, Attributions.Kind.CUE, 3, 7, "s1", Stance.SUPPORT),
                span(art, Attributions.Kind.SOURCE, 0, 2, "s2", Stance.OPPOSE));
        String html = Templates.render("marked", Map.of("pieces",
                MarkedText.pieces(text, spans, Map.of(BASE + "statement/s1", 1, BASE + "statement/s2", 2), PATHS)));
        Document doc = Jsoup.parseBodyFragment(html);
        doc.select("sup").remove();
        assertEquals(text, doc.body().wholeText());
        // the innermost statement colours the shared part; the outer one the rest
        assertTrue(doc.select("mark.oppose").text().startsWith("𝕏 it was fine"), html);
        assertTrue(doc.select("mark.support").text().contains("<that>"), html);
        assertEquals(1, Jsoup.parseBodyFragment(html).select("[id=offset_0_2]").size(), "one anchor per span IRI");
        assertTrue(Jsoup.parse(html, "", Parser.xmlParser()).select("mark").size() >= 2, "parses as XML too");
    }

    private static Attributions.Span span(String article, Attributions.Kind kind, int b, int e, String st, Stance stance) {
        return new Attributions.Span(article + "#offset_" + b + "_" + e, kind, b, e, BASE + "statement/" + st, stance, "X");
    }
}
