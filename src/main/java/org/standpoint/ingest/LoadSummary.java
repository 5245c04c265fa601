package org.standpoint.ingest;

import java.time.Duration;
import java.util.Locale;

/** What one run into a store did; people and organisations are distinct actors across the run. */
public record LoadSummary(int articles, int statements, int people, int organisations, int errors, Duration elapsed) {
    /** The summary line {@code load} prints. */
    public String line() {
        return String.format(Locale.ROOT, "loaded %d %s: %d statements, %d people, %d organisations; %d %s; %s",
                articles, articles == 1 ? "article" : "articles", statements, people, organisations,
                errors, errors == 1 ? "error" : "errors", time(elapsed));
    }

    private static String time(Duration d) {
        long s = d.toSeconds();
        return s < 60 ? String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0)
                : String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
    }
}
