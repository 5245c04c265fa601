package org.standpoint.cli;

import java.time.Duration;
import java.util.Locale;

/**
 * What one {@code load} did. People and organisations are distinct actor IRIs across the batch (an organisation
 * being an {@code org:Organization} that is not an office), so one person quoted in ten articles counts once.
 */
record LoadSummary(int articles, int statements, int people, int organisations, int errors, Duration elapsed) {
    String line() {
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
