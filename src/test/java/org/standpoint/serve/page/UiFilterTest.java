package org.standpoint.serve.page;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarFile;

import org.junit.jupiter.api.Test;
import org.standpoint.query.SavedQuery;

class UiFilterTest {
    /** Fails on a jena-fuseki-ui upgrade that moves the examples: then the patch needs its new anchor. */
    @Test
    void theBundledUiHasTheExamplesThePatchReplaces() throws IOException {
        URL index = getClass().getClassLoader().getResource("webapp/index.html");
        JarURLConnection conn = (JarURLConnection) index.openConnection();
        conn.setUseCaches(false);
        try (JarFile jar = conn.getJarFile()) {
            List<String> chunks = Collections.list(jar.entries()).stream().map(e -> e.getName())
                    .filter(n -> n.matches("webapp/static/Query-[A-Za-z0-9_-]+\\.js")).toList();
            assertFalse(chunks.isEmpty(), "no query view chunk in the UI jar");
            for (String chunk : chunks) {
                try (InputStream in = jar.getInputStream(jar.getEntry(chunk))) {
                    assertTrue(new String(in.readAllBytes(), StandardCharsets.UTF_8).contains(UiFilter.EXAMPLES), chunk);
                }
            }
        }
    }

    @Test
    void settingsCannotCloseTheScriptElement() {
        String html = UiFilter.inject("<html><head></head><body><div id=\"app\"></div></body></html>",
                new LocalPaths("https://example.org/id/"),
                List.of(new SavedQuery("x", "# title: X </script><script>alert(1)</script>\nSELECT * {} # </script>")));
        assertFalse(html.contains("</script><script>alert"), html);
        assertTrue(html.contains("id=\"standpoint-bar\""), html);
        assertTrue(html.contains("\"base\":\"https://example.org/id/\""), html);
    }
}
