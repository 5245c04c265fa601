package org.standpoint.store;

import java.time.Duration;

/**
 * What {@link Store#bulkLoad} did, step by step: TDB2's parallel loader, the label index, the derived data the pages
 * read (positions, rankings, role sightings) and the optimizer statistics.
 */
public record BulkLoad(long quads, Duration load, Duration labels, Duration derived, Duration statistics) {
}
