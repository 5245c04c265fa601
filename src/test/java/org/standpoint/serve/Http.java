package org.standpoint.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A plain HTTP client for the server tests: what a browser or curl would send, nothing Jena-specific. */
final class Http {
    static final String SPARQL_UPDATE = "application/sparql-update";
    static final String SPARQL_QUERY = "application/sparql-query";
    static final String TURTLE = "text/turtle";
    static final String FORM = "application/x-www-form-urlencoded";
    private static final String RESULTS_JSON = "application/sparql-results+json";

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String root;

    Http(int port) {
        this.root = "http://localhost:" + port;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    HttpResponse<String> send(String method, String path, String contentType, String body) {
        return send(request(method, path, contentType, body));
    }

    HttpResponse<String> send(String method, String path, String contentType, String body, String header, String value) {
        return send(request(method, path, contentType, body).header(header, value));
    }

    HttpResponse<String> sendAs(String user, String password, String method, String path, String contentType, String body) {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return send(request(method, path, contentType, body).header("Authorization", "Basic " + token));
    }

    HttpResponse<String> sendAs(String user, String password, String method, String path, String contentType, String body,
                                String header, String value) {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return send(request(method, path, contentType, body).header("Authorization", "Basic " + token).header(header, value));
    }

    /** SELECT by GET with the query in the URL; rows as variable → value. Fails unless the answer is 200. */
    List<Map<String, String>> select(String path, String query) {
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri(path + "?query=" + encode(query)))
                .header("Accept", RESULTS_JSON).GET());
        if (r.statusCode() != 200) throw new AssertionError("HTTP " + r.statusCode() + ": " + r.body());
        return rows(r.body());
    }

    /** A query POSTed as application/sparql-query, asking for JSON results; any status. */
    HttpResponse<String> query(String path, String query) {
        return send(request("POST", path, SPARQL_QUERY, query).header("Accept", RESULTS_JSON));
    }

    static List<Map<String, String>> rows(String json) {
        try {
            List<Map<String, String>> rows = new ArrayList<>();
            for (JsonNode b : new ObjectMapper().readTree(json).path("results").path("bindings")) {
                Map<String, String> row = new TreeMap<>();
                b.fields().forEachRemaining(e -> row.put(e.getKey(), e.getValue().path("value").asText()));
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(String body) {
        try {
            return new ObjectMapper().readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    HttpRequest.Builder request(String method, String path, String contentType, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return contentType == null ? b : b.header("Content-Type", contentType);
    }

    private URI uri(String path) {
        return URI.create(root + path);
    }

    HttpResponse<String> send(HttpRequest.Builder builder) {
        HttpRequest request = builder.timeout(Duration.ofSeconds(60)).build();
        try {
            try {
                return client.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException stale) {
                // Jetty may drop a keep-alive connection after refusing a request whose body it did not read; the
                // JDK client retries only GETs on such a connection. The request never reached the server, so
                // sending it once more on a fresh connection is what a browser would do.
                return client.send(request, HttpResponse.BodyHandlers.ofString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
