package org.standpoint.cli;

import org.standpoint.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code standpoint compact}: gives back the disk space of data that loading again and again replaced. */
@Command(name = "compact", mixinStandardHelpOptions = true,
        description = "Compact the database: TDB2 keeps replaced data until compacted; prints the size before and after.")
final class CompactCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Mixin
    StoreOptions database;

    @Override
    public Integer call() {
        long before = size(database.db);
        long start = System.nanoTime();
        try (Store store = database.open()) {
            store.compact();
        } catch (Stores.Unavailable | IllegalArgumentException e) {
            main.err().println("error: " + e.getMessage());
            return 2;
        }
        main.err().printf("compacted %s: files of %,d bytes -> %,d bytes in %.1f s%n", database.db, before, size(database.db),
                (System.nanoTime() - start) / 1e9);
        return 0;
    }

    /** The files' lengths: TDB2 sizes its files ahead in steps, so they fall only when the store had outgrown them. */
    static long size(Path dir) {
        if (!Files.isDirectory(dir)) return 0;
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
