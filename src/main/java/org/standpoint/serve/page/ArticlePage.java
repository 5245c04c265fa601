package org.standpoint.serve.page;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.standpoint.rdf.NIF;
import org.standpoint.rdf.SCHEMA;

/** An article: its text with every attributed span marked, and the statements read from it ({@code article.jte}). */
final class ArticlePage {
    private final LocalPaths paths;

    ArticlePage(LocalPaths paths) {
        this.paths = paths;
    }

    String render(Subject article, List<Attributions.Span> spans, List<Position> statements) {
        Map<String, Integer> numbers = new HashMap<>();
        for (Position p : statements) numbers.putIfAbsent(p.statement().iri(), numbers.size() + 1);
        Map<String, Object> params = new HashMap<>();
        params.put("title", article.text(SCHEMA.headline).orElse("Article"));
        params.put("iri", article.iri());
        params.put("date", article.text(SCHEMA.datePublished).orElse(null));
        params.put("publishers", article.refs(SCHEMA.publisher));
        params.put("urls", article.refs(SCHEMA.url));
        params.put("mentions", article.refs(SCHEMA.mentions));
        params.put("text", MarkedText.pieces(article.text(NIF.isString).orElse(""), spans, numbers, paths));
        params.put("statements", statements);
        params.put("paths", paths);
        return Templates.render("article", params);
    }

    /** The statement's text, cut at a word near {@value #EXCERPT} characters; the text above shows it whole. */
    static String excerpt(String text) {
        if (text.length() <= EXCERPT) return text;
        int cut = text.lastIndexOf(' ', EXCERPT);
        return text.substring(0, cut > EXCERPT / 2 ? cut : EXCERPT) + " …";
    }

    private static final int EXCERPT = 240;
}
