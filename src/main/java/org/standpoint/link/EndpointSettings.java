package org.standpoint.link;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

import org.standpoint.rdf.WD;

/**
 * How to talk to a SPARQL endpoint politely: Wikidata's query service asks for a descriptive User-Agent, few
 * parallel requests and backing off on 429.
 *
 * @param endpoint          the SPARQL endpoint URL
 * @param timeout           per request, connecting included
 * @param requestsPerSecond at most this many requests start per second
 * @param retries           further attempts after a failed one (I/O error, timeout, 429, 5xx)
 * @param backoff           wait before the first retry; doubled for each further one (a Retry-After header wins)
 */
public record EndpointSettings(URI endpoint, Duration timeout, double requestsPerSecond, int retries, Duration backoff) {
    public static final String USER_AGENT = "Standpoint/0.1 (https://w3id.org/standpoint; entity linking of news actors)";

    public EndpointSettings {
        Objects.requireNonNull(endpoint, "endpoint");
        if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("timeout must be positive");
        if (!(requestsPerSecond > 0)) throw new IllegalArgumentException("requests per second must be positive");
        if (retries < 0) throw new IllegalArgumentException("retries must be >= 0");
    }

    /** Wikidata's public service at 5 requests a second, 30 s per request, 3 retries from 1 s. */
    public static EndpointSettings wikidata() {
        return of(WD.PUBLIC_ENDPOINT);
    }

    public static EndpointSettings of(String endpoint) {
        return new EndpointSettings(URI.create(endpoint), Duration.ofSeconds(30), 5, 3, Duration.ofSeconds(1));
    }

    public EndpointSettings withTimeout(Duration t) {
        return new EndpointSettings(endpoint, t, requestsPerSecond, retries, backoff);
    }

    public EndpointSettings withRate(double perSecond) {
        return new EndpointSettings(endpoint, timeout, perSecond, retries, backoff);
    }

    public EndpointSettings withRetries(int n, Duration firstBackoff) {
        return new EndpointSettings(endpoint, timeout, requestsPerSecond, n, firstBackoff);
    }
}
