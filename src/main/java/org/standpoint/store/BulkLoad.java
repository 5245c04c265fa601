package org.standpoint.store;

import java.time.Duration;
import java.util.Locale;

/**
 * What {@link Store#bulkLoad} did, step by step: TDB2's parallel loader, the label index, the derived data the pages
 * read (positions, rankings, role sightings) and the optimizer statistics.
 */
public record BulkLoad(long quads, Duration load, Duration labels, Duration derived, Duration statistics) {
    /** "loader 11.2 s, label index 0.2 s, positions and role sightings 4.7 s, statistics 0.1 s". */
    public String steps() {
        return String.format(Locale.ROOT, "loader %.1f s, label index %.1f s, positions and role sightings %.1f s, "
                + "statistics %.1f s", seconds(load), seconds(labels), seconds(derived), seconds(statistics));
    }

    public static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }
}
