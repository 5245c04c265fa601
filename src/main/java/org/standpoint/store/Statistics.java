package org.standpoint.store;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.solver.stats.Stats;
import org.apache.jena.tdb2.solver.stats.StatsCollectorNodeId;
import org.apache.jena.tdb2.solver.stats.StatsResults;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * TDB2's optimizer statistics ({@code stats.opt} in the storage directory, what {@code tdb2.tdbstats} writes):
 * predicate counts, so the planner starts a query at its most selective pattern. Without them TDB2 guesses from
 * the shape of a pattern alone and can start at {@code ?s stp:confidence ?c}, every statement of the archive,
 * instead of {@code ?link a stp:Link}. TDB2 reads the file when it opens the database.
 */
final class Statistics {
    private static final String FILE = "stats.opt";

    private Statistics() {
    }

    /** Whether the database has statistics (only {@code import} writes them). */
    static boolean exist(DatasetGraph tdb) {
        return Files.exists(Path.of(TDBInternal.getDatasetGraphTDB(tdb).getLocation().getPath(FILE)));
    }

    static void write(DatasetGraph tdb) {
        DatasetGraphTDB storage = TDBInternal.getDatasetGraphTDB(tdb);
        StatsResults results = Txn.calculateRead(tdb, () -> {
            NodeTupleTable quads = storage.getQuadTable().getNodeTupleTable();
            StatsCollectorNodeId stats = new StatsCollectorNodeId(quads.getNodeTable());
            quads.findAll().forEachRemaining(q -> stats.record(q.get(0), q.get(1), q.get(2), q.get(3)));
            return stats.results();
        });
        Stats.write(storage.getLocation().getPath(FILE), results);
    }
}
