package org.standpoint.serve.page;

import java.util.regex.Pattern;

/**
 * Escaping and the page frame. Every text that came from the graph or the request goes through {@link #esc}; the
 * renderers build markup only from their own string constants around escaped values.
 */
final class Html {
    private static final Pattern SAFE_HREF = Pattern.compile("(?i)https?://|[/?#](?!/)");
    private static final String CSS = """
            body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1d1d1f;background:#fafafa}
            header{background:#23395d;color:#fff;padding:.5rem 1rem;display:flex;align-items:center}
            header a{color:#fff;margin-right:1.2rem;text-decoration:none}
            header a.brand{font-weight:700}
            main{max-width:60rem;margin:0 auto;padding:1rem 1.5rem 3rem;background:#fff;min-height:80vh}
            h1{font-size:1.7rem;margin:.6rem 0 .2rem}
            h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid #ddd}
            h3{font-size:1.05rem;margin:1.2rem 0 .3rem}
            a{color:#1a5fb4}
            .sub{color:#555;margin:.1rem 0 1rem}
            .iri{font:12px monospace;color:#666;word-break:break-all}
            table{border-collapse:collapse;width:100%}
            td,th{border-bottom:1px solid #eee;padding:.3rem .5rem;text-align:left;vertical-align:top}
            td.date{white-space:nowrap}
            blockquote{margin:.4rem 0 .2rem;padding:.4rem .8rem;border-left:4px solid #ccc;background:#f6f6f6}
            mark{background:#fff0a8;padding:0 .1em}
            .support{border-color:#2e7d32} .oppose{border-color:#c62828} .conditional{border-color:#ef8f00} .neutral{border-color:#888}
            .badge{display:inline-block;font-size:.8rem;padding:0 .45em;border-radius:.6em;color:#fff;background:#888}
            .badge.support{background:#2e7d32} .badge.oppose{background:#c62828} .badge.conditional{background:#ef8f00}
            .meta{font-size:.85rem;color:#555}
            .text{white-space:pre-wrap;font-family:Georgia,serif;line-height:1.6}
            mark.support{background:#d7f0d8} mark.oppose{background:#fbd5d5} mark.conditional{background:#ffe3b3}
            mark.neutral{background:#e4e4e4} .source{text-decoration:underline dotted} .cue{font-weight:700}
            ul.plain{list-style:none;padding-left:0}
            form.search{display:flex;gap:.4rem} form.search.small{margin-left:auto} form.search.big{margin:1rem 0 1.5rem}
            form.search input{flex:1;padding:.35rem .5rem;font-size:1rem} form.search.big input{font-size:1.15rem;padding:.5rem .7rem}
            .said{display:block;margin:.15rem 0 .5rem;font-family:Georgia,serif;color:#333}
            svg text{font:12px system-ui,sans-serif}
            """;

    private Html() {
    }

    static String esc(String s) {
        if (s == null) return "";
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A link, or the bare text when {@code href} is neither a path here nor an http(s) address: IRIs in the store can
     * come from anyone with write access or from old loads ({@code javascript:…} would run when clicked).
     */
    static String link(String href, String text) {
        return linkable(href) ? "<a href=\"" + esc(href) + "\">" + esc(text) + "</a>" : esc(text);
    }

    static boolean linkable(String href) {
        return href != null && SAFE_HREF.matcher(href).lookingAt();
    }

    /** A link to a resource: its page here when it is ours. */
    static String link(LocalPaths paths, Ref ref) {
        return ref == null ? "" : link(paths.href(ref.iri()), ref.label());
    }

    /** The search box: a plain GET form to {@code /browse}, so it works without script. */
    static String searchForm(String value, String size) {
        return "<form class=\"search " + size + "\" role=\"search\" method=\"get\" action=\"" + LocalPaths.BROWSE + "\">"
                + "<input type=\"search\" name=\"q\" aria-label=\"Search\" placeholder=\"Search people, organisations, issues\""
                + (value == null ? "" : " value=\"" + esc(value) + "\"") + "><button type=\"submit\">Search</button></form>";
    }

    /**
     * A whole page. {@code iri} (may be null) is shown under the title and offered as Turtle and JSON-LD, the same
     * descriptions an {@code Accept} header gets.
     */
    static String page(String title, String iri, String body) {
        StringBuilder h = new StringBuilder(body.length() + 4096);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
         .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
         .append("<title>").append(esc(title.equals("Standpoint") ? title : title + " · Standpoint")).append("</title>");
        if (iri != null) {
            h.append("<link rel=\"alternate\" type=\"text/turtle\" href=\"?format=ttl\">")
             .append("<link rel=\"alternate\" type=\"application/ld+json\" href=\"?format=jsonld\">");
        }
        h.append("<style>").append(CSS).append("</style></head><body>")
         .append("<header><a class=\"brand\" href=\"").append(LocalPaths.BROWSE).append("\">Standpoint</a>")
         .append("<a href=\"").append(LocalPaths.BROWSE).append("\">Browse</a>")
         .append("<a href=\"").append(LocalPaths.EDITOR).append("\">SPARQL query editor</a>")
         .append(title.equals("Standpoint") ? "" : searchForm(null, "small")).append("</header><main>")
         .append("<h1>").append(esc(title)).append("</h1>");
        if (iri != null) {
            h.append("<div class=\"iri\">").append(esc(iri)).append(" · <a href=\"?format=ttl\">Turtle</a>")
             .append(" · <a href=\"?format=jsonld\">JSON-LD</a></div>");
        }
        return h.append(body).append("</main></body></html>\n").toString();
    }
}
