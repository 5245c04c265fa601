package org.standpoint.cli;

import org.standpoint.store.Backup;
import org.standpoint.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code standpoint restore}: a dump back into a database, its text index built on the way. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Read a dump (TriG or N-Quads) into an empty database; an interrupted restore can be run again.")
final class RestoreCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Option(names = "--db", defaultValue = "data", paramLabel = "DIR", description = "database folder (default: ./${DEFAULT-VALUE})")
    Path db;

    @Parameters(index = "0", paramLabel = "FILE", description = "a file written by standpoint dump")
    Path file;

    @Override
    public Integer call() {
        if (!Files.isReadable(file)) {
            main.err().println("error: " + file + ": no such file");
            return 2;
        }
        // the dumped database's base, so the restored one mints and serves the same IRIs
        try (Store store = Stores.open(db, Backup.base(file), true)) {
            Backup.Restored r = Backup.restore(store, file);
            main.err().println("restored " + r.graphs() + " graphs, " + r.quads() + " quads into " + db);
            return 0;
        } catch (Stores.Unavailable | IllegalArgumentException e) {
            main.err().println("error: " + e.getMessage());
            return 2;
        }
    }
}
