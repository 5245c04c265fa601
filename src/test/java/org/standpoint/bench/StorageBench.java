package org.standpoint.bench;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
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
 * through {@link Store#bulkLoad} ({@code standpoint import}: the same loader, then the Lucene label index), each
 * {@code ROUNDS} times alternating, best run kept. {@code StorageBench FILE.nq WORKDIR [ROUNDS=2]}.
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
            jena = Math.min(jena, seconds(t));

            Path b = fresh(work.resolve("standpoint"));
            t = System.nanoTime();
            try (Store store = Store.open(b)) {
                store.bulkLoad(List.of(file));
            }
            standpoint = Math.min(standpoint, seconds(t));
            System.out.printf(Locale.ROOT, "round %d: jena %.1f s, standpoint %.1f s%n", r + 1, jena, standpoint);
        }
        System.out.printf(Locale.ROOT, "%d quads; Jena parallel loader %.1f s (%.0f quads/s); standpoint import "
                        + "(loader + label index) %.1f s (%.0f quads/s); ratio %.2f (target >= 0.8)%n",
                quads, jena, quads / jena, standpoint, quads / standpoint, jena / standpoint);
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
