package org.standpoint.serve.page;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import gg.jte.Content;

/**
 * Escaping and links for the pages still built in Java; the templates ({@code src/main/jte}) escape by themselves and
 * share {@link #linkable}. Every text that came from the graph or the request goes through {@link #esc}.
 */
final class Html {
    private static final Pattern SAFE_HREF = Pattern.compile("(?i)https?://|[/?#](?!/)");

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

    /**
     * A whole page around a body that is already HTML, for the pages not yet written as templates ({@code page.jte}
     * frames the others). {@code iri} (may be null) is shown under the title and offered as Turtle and JSON-LD.
     */
    static String page(String title, String iri, String body) {
        Map<String, Object> params = new HashMap<>();
        params.put("title", title);
        params.put("iri", iri);
        params.put("body", (Content) out -> out.writeUnsafeContent(body));
        return Templates.render("page", params);
    }
}
