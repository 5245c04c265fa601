package org.standpoint.bench;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.standpoint.store.BulkLoad;
import org.standpoint.store.Store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Storage: the same N-Quads file into a new database through Jena's parallel TDB2 loader alone (the baseline) and
 * through {@link Store#bulkLoad} ({@code standpoint import}: the same loader, then the Lucene label index, the derived
 * positions graph and role sightings, and the optimizer statistics), each {@code ROUNDS} times alternating, best run
 * kept. The target compares the loader and the label index with Jena's loader; the derived data, which Jena's loader
 * has no counterpart for, is shown apart. {@code StorageBench FILE.nq WORKDIR [ROUNDS=2]}.
 */
public final class StorageBench {
    private StorageBench() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        Path work = Path.of(args[1]);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        double jena = Double.MAX_VALUE;
        double standpoint = Double.MAX_VALUE;
        double standpointIndexed = 0;
        long quads = 0;
        for (int r = 0; r < rounds; r++) {
            Path a = fresh(work.resolve("jena"));
            long t = System.nanoTime();
            DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(a.toString());
            DataLoader loader = LoaderFactory.parallelLoader(dsg, (f, x) -> { });
            loader.startBulk();
            loader.load(file.toString());
            loader.finishBulk();
            quads = loader.countQuads();
            Txn.executeRead(dsg, () -> dsg.find().hasNext());
            TDBInternal.expel(dsg);
            double round = seconds(t);
            jena = Math.min(jena, round);

            Path b = fresh(work.resolve("standpoint"));
            t = System.nanoTime();
            BulkLoad done;
            try (Store store = Store.open(b)) {
                done = store.bulkLoad(List.of(file));
            }
            double wall = seconds(t);
            // like Jena's, the time to the database's close, opening and closing included
            double indexed = wall - BulkLoad.seconds(done.derived()) - BulkLoad.seconds(done.statistics());
            if (wall < standpoint) {
                standpoint = wall;
                standpointIndexed = indexed;
            }
            System.out.printf(Locale.ROOT, "round %d: jena %.1f s, standpoint %.1f s (%s)%n", r + 1, round, wall, done.steps());
        }
        System.out.printf(Locale.ROOT, "%d quads, best rounds; Jena parallel loader %.1f s (%.0f quads/s)%n", quads, jena, quads / jena);
        System.out.printf(Locale.ROOT, "standpoint loader + label index %.1f s: %.2f of Jena's speed (target >= 0.8)%n",
                standpointIndexed, jena / standpointIndexed);
        System.out.printf(Locale.ROOT, "standpoint import with positions, sightings and statistics %.1f s: %.2f of Jena's speed%n",
                standpoint, jena / standpoint);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static Path fresh(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> all = Files.walk(dir)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return Files.createDirectories(dir);
    }
}
