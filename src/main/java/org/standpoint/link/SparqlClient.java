package org.standpoint.link;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.OptionalLong;

/**
 * SPARQL SELECT over HTTP, rate-limited and retried with exponential backoff.
 *
 * <p>Plain {@code java.net.http} rather than Jena's {@code QueryExecutionHTTP}: the linker caches the answer text
 * as it came, and needs the status code and {@code Retry-After} header to back off as Wikidata's service asks.
 * Queries go as a POST form, since batched {@code VALUES} blocks outgrow what a GET URL may carry.
 */
final class SparqlClient {
    private static final String RESULTS_JSON = "application/sparql-results+json";
    private static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(60);

    private final EndpointSettings settings;
    private final HttpClient http;
    private final RateLimiter limiter;
    private int requests;

    SparqlClient(EndpointSettings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        this.limiter = new RateLimiter(settings.requestsPerSecond());
    }

    /** HTTP requests sent so far, retries included. */
    int requests() {
        return requests;
    }

    /** The SPARQL JSON results of {@code query}. */
    String select(String query) throws EndpointException {
        HttpRequest request = HttpRequest.newBuilder(settings.endpoint())
                .timeout(settings.timeout())
                .header("Accept", RESULTS_JSON)
                .header("User-Agent", EndpointSettings.USER_AGENT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
        String why = "no attempt";
        Throwable cause = null;
        boolean waited = false;
        for (int attempt = 0; attempt <= settings.retries(); attempt++) {
            OptionalLong retryAfter = OptionalLong.empty();
            try {
                if (attempt > 0 && !waited) sleep(backoff(attempt));
                waited = false;
                limiter.acquire();
                requests++;
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                int status = response.statusCode();
                if (status == 200) return response.body();
                why = "HTTP " + status;
                cause = null;
                if (!retryable(status))
                    throw new EndpointException(settings.endpoint() + " refused the query: " + why + " " + firstLine(response.body()), null);
                retryAfter = response.headers().firstValueAsLong("Retry-After");
            } catch (HttpTimeoutException e) {
                why = "timed out after " + settings.timeout().toMillis() + " ms";
                cause = e;
            } catch (IOException e) {
                why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
                cause = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw unreachable("interrupted", e);
            }
            if (retryAfter.isPresent() && attempt < settings.retries()) {
                try {
                    // the server said how long to wait: that replaces our own backoff for this retry
                    sleep(Duration.ofSeconds(Math.min(retryAfter.getAsLong(), MAX_RETRY_AFTER.toSeconds())));
                    waited = true;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw unreachable("interrupted", e);
                }
            }
        }
        throw unreachable(why + " (" + (settings.retries() + 1) + " attempts)", cause);
    }

    private Duration backoff(int attempt) {
        return settings.backoff().multipliedBy(1L << Math.min(attempt - 1, 10));
    }

    private static boolean retryable(int status) {
        return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
    }

    private EndpointException unreachable(String why, Throwable cause) {
        return new EndpointException("cannot reach " + settings.endpoint() + ": " + why, cause);
    }

    private static void sleep(Duration d) throws InterruptedException {
        if (!d.isZero() && !d.isNegative()) Thread.sleep(d.toMillis());
    }

    private static String firstLine(String body) {
        if (body == null || body.isBlank()) return "";
        String line = body.strip().lines().findFirst().orElse("");
        return line.length() > 160 ? line.substring(0, 160) + "…" : line;
    }
}
