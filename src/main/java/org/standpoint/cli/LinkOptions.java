package org.standpoint.cli;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.standpoint.link.EndpointSettings;
import org.standpoint.link.LinkSettings;
import org.standpoint.rdf.WD;
import picocli.CommandLine.Option;

/** The options of linking, shared by {@code link} and {@code load --link}. */
final class LinkOptions {
    @Option(names = "--endpoint", defaultValue = WD.PUBLIC_ENDPOINT, paramLabel = "URL",
            description = "SPARQL endpoint with Wikidata-shaped data (default: ${DEFAULT-VALUE})")
    String endpoint;

    @Option(names = "--country", paramLabel = "QID", split = ",",
            description = "Wikidata id of a country the articles are about (e.g. Q145); repeatable")
    List<String> countries = List.of();

    @Option(names = "--threshold", defaultValue = "0.7", description = "least confidence for a link (default: ${DEFAULT-VALUE})")
    double threshold;

    @Option(names = "--margin", defaultValue = "0.15",
            description = "least lead of the best candidate over the next (default: ${DEFAULT-VALUE})")
    double margin;

    @Option(names = "--rate", defaultValue = "5", description = "requests per second at most (default: ${DEFAULT-VALUE})")
    double rate;

    @Option(names = "--timeout", defaultValue = "30", description = "seconds per request (default: ${DEFAULT-VALUE})")
    long timeoutSeconds;

    @Option(names = "--retries", defaultValue = "3", description = "retries of a failed request, backing off (default: ${DEFAULT-VALUE})")
    int retries;

    EndpointSettings endpoint() {
        return EndpointSettings.of(endpoint).withTimeout(Duration.ofSeconds(timeoutSeconds)).withRate(rate)
                .withRetries(retries, Duration.ofSeconds(1));
    }

    LinkSettings settings() {
        Set<String> qids = new LinkedHashSet<>();
        for (String c : countries) {
            String q = c.strip().toUpperCase(Locale.ROOT);
            if (!q.matches("Q[1-9][0-9]*")) throw new IllegalArgumentException("--country wants a Wikidata id like Q145, not " + c);
            qids.add(q);
        }
        return LinkSettings.defaults().withThreshold(threshold, margin).withCountries(qids);
    }
}
