package org.standpoint.cli;

import java.nio.file.Path;

import org.standpoint.iri.Iris;
import org.standpoint.store.Store;

import picocli.CommandLine.Option;

/** {@code --db} and {@code --base} of the commands that correct a database in place (merge, split, issue). */
final class StoreOptions {
    @Option(names = "--db", defaultValue = "data", paramLabel = "DIR", description = "database folder (default: ./${DEFAULT-VALUE})")
    Path db;

    @Option(names = "--base", paramLabel = "IRI",
            description = "base of the data IRIs; a new database records it, and later commands use the recorded one (default: " + Iris.DEFAULT_BASE + ")")
    String base;

    /** The database, opened for writing. */
    Store open() throws Stores.Unavailable {
        return open(false);
    }

    /** @param create make the database when the folder has none (a watch list may come before any article) */
    Store open(boolean create) throws Stores.Unavailable {
        return Stores.open(db, base, create);
    }
}
