package org.standpoint.store;

import org.standpoint.iri.Iris;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The base a database's IRIs were minted under, kept in a file beside the data when the database is made, so every
 * later command (serve, query, dump, link) mints and reads the same IRIs without being told again. A {@code --base}
 * that disagrees with the recorded one is an error: it would mint IRIs the database does not have.
 */
final class RecordedBase {
    static final String FILE = "standpoint-base.txt";

    private RecordedBase() {
    }

    /**
     * The base to open {@code directory} with.
     *
     * @param given the base the command was given, or null
     * @throws IllegalArgumentException when {@code given} disagrees with the recorded base
     */
    static String resolve(Path directory, String given) {
        String recorded = read(directory);
        String wanted = given == null ? null : Iris.normalise(given);
        if (recorded != null && wanted != null && !recorded.equals(wanted)) {
            throw new IllegalArgumentException("the database in " + directory + " was made with base " + recorded
                    + "; --base " + wanted + " disagrees (leave --base out to use the database's)");
        }
        return recorded != null ? recorded : wanted != null ? wanted : Iris.DEFAULT_BASE;
    }

    /**
     * Records {@code base} for a database that has none recorded: a new one, or one made before bases were recorded
     * when the command named its base. A database from before, opened without {@code --base}, keeps the default
     * unrecorded, so a later {@code --base} can still say what it was.
     */
    static void recordIfAbsent(Path directory, String base, boolean newDatabase, boolean given) {
        if (read(directory) != null || !newDatabase && !given) return;
        try {
            Path tmp = Files.createTempFile(directory, "base", ".tmp");
            Files.writeString(tmp, base + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, directory.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the base of " + directory, e);
        }
    }

    private static String read(Path directory) {
        Path file = directory.resolve(FILE);
        if (!Files.isRegularFile(file)) return null;
        try {
            String base = Files.readString(file, StandardCharsets.UTF_8).strip();
            return base.isEmpty() ? null : Iris.normalise(base);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the base of " + directory + " from " + file, e);
        }
    }
}
