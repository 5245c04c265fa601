package org.standpoint.read;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.standpoint.model.Article;

/**
 * HTML pages. The text is rebuilt from the main content's blocks, one paragraph per block separated by a blank
 * line, so that it reads like the .txt articles and quote detection sees the same paragraph structure.
 */
final class HtmlReader {
    /** Never article prose, wherever it sits. */
    private static final String JUNK = "script, style, noscript, template, iframe, svg, form, button, nav, aside";
    /** Page chrome: removed only when falling back to the whole body, since an article's own header holds its h1. */
    private static final String CHROME = "header, footer";
    /** Text blocks; a block nested in another (a p inside a blockquote) is taken instead of its container. */
    private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, dd, dt";

    private HtmlReader() {
    }

    static Article parse(String html, String origin) throws ReadFailure {
        Document doc = Jsoup.parse(html);
        // metadata first: removing junk below must not take the og: and time elements with it
        String url = first(attr(doc, "link[rel=canonical]", "href"), attr(doc, "meta[property=og:url]", "content"));
        String date = first(attr(doc, "meta[property=article:published_time]", "content"),
                attr(doc, "meta[name=article:published_time]", "content"), attr(doc, "time[datetime]", "datetime"));
        String publisher = attr(doc, "meta[property=og:site_name]", "content");
        // og:title first: <title> usually carries a " | Site name" suffix
        String title = first(attr(doc, "meta[property=og:title]", "content"), text(doc.selectFirst("h1")), doc.title());

        String text = String.join("\n\n", paragraphs(mainContent(doc)));
        if (text.isBlank()) {
            throw new ReadFailure("no article text found in the HTML");
        }
        return Articles.create(absolute(url), title, date, publisher, text, origin);
    }

    private static Element mainContent(Document doc) {
        doc.select(JUNK).remove();
        Element article = longest(doc.select("article"));
        if (article != null) {
            return article;
        }
        Element main = longest(doc.select("main, [role=main]"));
        if (main != null) {
            return main;
        }
        doc.body().select(CHROME).remove();
        return doc.body();
    }

    /** Pages list teasers as small articles too; the story is the one with the most text. */
    private static Element longest(Elements candidates) {
        Element best = null;
        int bestLength = 0;
        for (Element e : candidates) {
            int length = e.text().length();
            if (length > bestLength) {
                best = e;
                bestLength = length;
            }
        }
        return best;
    }

    private static List<String> paragraphs(Element root) {
        List<String> out = new ArrayList<>();
        for (Element block : root.select(BLOCKS)) {
            if (block.select(BLOCKS).size() > 1) {
                continue; // a container: its inner blocks are visited on their own
            }
            String t = block.text().strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        if (out.isEmpty()) {
            // bare text in divs: better one paragraph than nothing
            String t = root.text().strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    private static String attr(Document doc, String css, String name) {
        Element e = doc.selectFirst(css);
        return e == null ? null : Texts.blankToNull(e.attr(name));
    }

    private static String text(Element e) {
        return e == null ? null : Texts.blankToNull(e.text());
    }

    private static String first(String... values) {
        for (String v : values) {
            if (Texts.blankToNull(v) != null) {
                return v;
            }
        }
        return null;
    }

    /** A relative canonical link cannot name the page without the address it was fetched from. */
    private static String absolute(String url) {
        return url != null && url.matches("(?i)https?://.+") ? url : null;
    }
}
