package org.standpoint.serve.page;

import org.standpoint.query.SavedQuery;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.fuseki.Fuseki;

/**
 * Makes the Fuseki UI Standpoint's front door, without forking it. Two files of the UI are served changed:
 * <ul>
 * <li>{@code index.html} gets a bar linking to the browse page, the Standpoint settings (base IRI, saved queries)
 * and {@code links.js}, which points result links to our IRIs at their pages here;</li>
 * <li>the query editor's chunk ({@code static/Query-*.js}) gets the saved queries appended to its hard-coded
 * example queries. The UI offers no setting for them, so the patch replaces one exact piece of its source; when a
 * new UI version changes that piece the chunk is served as it is (logged once), and the saved queries are still
 * one click away on the browse page.</li>
 * </ul>
 */
final class UiFilter implements Filter {
    /** The examples as jena-fuseki-ui 5.6.0 declares them in the Query view's data(). */
    static final String EXAMPLES = "queries:[{value:SELECT_TRIPLES_QUERY,text:\"Selection of triples\"},"
            + "{value:SELECT_CLASSES_QUERY,text:\"Selection of classes\"}]";
    private static final String EXAMPLES_PATCHED = EXAMPLES + ".concat((window.standpoint&&window.standpoint.examples)||[])";
    private static final Pattern QUERY_CHUNK = Pattern.compile("/static/Query-[A-Za-z0-9_-]+\\.js");
    private static final String UI = "webapp";

    private static final String BAR = """
            <div id="standpoint-bar" style="background:#23395d;color:#fff;font:15px system-ui,sans-serif;\
            padding:.45rem 1rem"><b style="margin-right:1.2rem">Standpoint</b>\
            <a style="color:#fff;margin-right:1.2rem" href="%1$s">Browse actors, issues, articles</a>\
            <a style="color:#fff;margin-right:1.2rem" href="%1$s#saved-queries">Saved queries</a>\
            <a style="color:#fff" href="%2$s">Query editor</a></div>
            """;

    private final byte[] index;
    private final Map<String, byte[]> chunks = new ConcurrentHashMap<>();

    UiFilter(LocalPaths paths, List<SavedQuery> examples) {
        String html = resource(UI + "/index.html");
        this.index = html == null ? null : inject(html, paths, examples).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        String path = req.getRequestURI();
        boolean read = "GET".equals(req.getMethod()) || "HEAD".equals(req.getMethod());
        if (read && index != null && ("/".equals(path) || "/index.html".equals(path))) {
            send(resp, "text/html; charset=utf-8", index, "no-cache");
        } else if (read && QUERY_CHUNK.matcher(path).matches()) {
            byte[] chunk = chunks.computeIfAbsent(path, UiFilter::patchedChunk);
            if (chunk.length == 0) chain.doFilter(request, response);
            else send(resp, "text/javascript; charset=utf-8", chunk, "max-age=3600");
        } else {
            chain.doFilter(request, response);
        }
    }

    static String inject(String html, LocalPaths paths, List<SavedQuery> examples) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("base", paths.base());
        settings.put("idPath", LocalPaths.ID);
        settings.put("examples", examples.stream().map(q -> Map.of("text", q.title(), "value", q.text())).toList());
        String head = "<script>window.standpoint = " + json(settings) + ";</script>\n<script>"
                + resource("standpoint-ui/links.js") + "</script>\n</head>";
        String bar = BAR.formatted(LocalPaths.BROWSE, LocalPaths.EDITOR);
        return html.replaceFirst("</head>", Matcher.quoteReplacement(head))
                   .replaceFirst("<body>", Matcher.quoteReplacement("<body>\n" + bar));
    }

    /** The chunk with the examples patched in; empty (serve the original) when the UI is not the expected one. */
    private static byte[] patchedChunk(String path) {
        String js = resource(UI + path);
        if (js == null || !js.contains(EXAMPLES)) {
            Fuseki.serverLog.warn("Fuseki UI query view without the expected examples: saved queries are not among them");
            return new byte[0];
        }
        return js.replace(EXAMPLES, EXAMPLES_PATCHED).getBytes(StandardCharsets.UTF_8);
    }

    /** JSON safe inside a script element: no "<" at all, so neither "</script>" nor "<!--" can occur. */
    private static String json(Object value) {
        try {
            return new ObjectMapper().writeValueAsString(value).replace("<", "\\u003c")
                    .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void send(HttpServletResponse resp, String type, byte[] body, String cache) throws IOException {
        resp.setStatus(200);
        resp.setContentType(type);
        resp.setHeader("Cache-Control", cache);
        resp.setContentLength(body.length);
        try (OutputStream out = resp.getOutputStream()) {
            out.write(body);
        }
    }

    private static String resource(String name) {
        try (InputStream in = UiFilter.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
