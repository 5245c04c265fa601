package org.standpoint.serve.page;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.standpoint.rdf.NIF;
import org.standpoint.rdf.SCHEMA;

/** An article: its text with every attributed span marked, and the statements read from it. */
final class ArticlePage {
    private final LocalPaths paths;

    ArticlePage(LocalPaths paths) {
        this.paths = paths;
    }

    String render(Subject article, List<Attributions.Span> spans, List<Position> statements) {
        String title = article.text(SCHEMA.headline).orElse("Article");
        StringBuilder b = new StringBuilder("<p class=\"sub\">");
        article.text(SCHEMA.datePublished).ifPresent(d -> b.append(Html.esc(d)).append(" · "));
        for (Ref publisher : article.refs(SCHEMA.publisher)) b.append(Html.link(paths, publisher)).append(" · ");
        for (Ref url : article.refs(SCHEMA.url)) b.append(Html.link(url.iri(), "original")).append(" · ");
        b.append(statements.size()).append(statements.size() == 1 ? " statement" : " statements").append("</p>");
        List<Ref> mentions = article.refs(SCHEMA.mentions);
        if (!mentions.isEmpty()) {
            b.append("<p><b>Mentions:</b> ")
             .append(String.join(" · ", mentions.stream().map(m -> Html.link(paths, m)).toList())).append("</p>");
        }
        b.append("<p class=\"meta\">Marked: <mark class=\"support\">supports</mark> <mark class=\"oppose\">opposes</mark> ")
         .append("<mark class=\"conditional\">with conditions</mark> <mark class=\"neutral\">neutral</mark> · ")
         .append("<span class=\"source\">speaker as written</span> · <span class=\"cue\">cue</span></p>");
        Map<String, Integer> numbers = new HashMap<>();
        for (Position p : statements) numbers.putIfAbsent(p.statement().iri(), numbers.size() + 1);
        String text = article.text(NIF.isString).orElse("");
        b.append("<div class=\"text\">").append(MarkedText.html(text, spans, numbers, paths)).append("</div>");
        b.append("<h2>Statements</h2><ol>");
        for (Position p : statements) {
            b.append("<li><a href=\"").append(Html.esc(paths.href(p.statement().iri()))).append("\">")
             .append(Html.esc(p.holder().label())).append(' ').append(Html.esc(p.stance().verb)).append("</a>");
            if (!p.holder().iri().equals(p.speaker().iri()))
                b.append(" (said by ").append(Html.link(paths, p.speaker())).append(")");
            b.append(" on ").append(Html.link(paths, p.issue()));
            // the words themselves: seven "X conditionally supports on Y" in a row say nothing apart
            if (p.quote() != null) b.append("<span class=\"said\">").append(Html.esc(excerpt(p.quote()))).append("</span>");
            b.append("</li>");
        }
        b.append("</ol>");
        return Html.page(title, article.iri(), b.toString());
    }

    /** The statement's text, cut at a word near {@value #EXCERPT} characters; the text above shows it whole. */
    static String excerpt(String text) {
        if (text.length() <= EXCERPT) return text;
        int cut = text.lastIndexOf(' ', EXCERPT);
        return text.substring(0, cut > EXCERPT / 2 ? cut : EXCERPT) + " …";
    }

    private static final int EXCERPT = 240;
}
