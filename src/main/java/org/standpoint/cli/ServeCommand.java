package org.standpoint.cli;

import org.standpoint.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code standpoint serve}: the database over HTTP, Fuseki's UI at {@code /}, read-only to the public. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the database: SPARQL endpoint and web UI, read-only to the public. Runs until stopped.")
final class ServeCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Option(names = "--db", defaultValue = "data", paramLabel = "DIR", description = "database folder (default: ./${DEFAULT-VALUE})")
    Path db;

    @Mixin
    ServeOptions server = new ServeOptions();

    @Override
    public Integer call() {
        Store store;
        try {
            store = Stores.open(db, null, false);
        } catch (Stores.Unavailable e) {
            main.err().println("error: " + e.getMessage());
            return 2;
        }
        return Serving.runUntilKilled(store, server, main.out(), main.err());
    }
}
