package org.standpoint.cli;

import org.standpoint.store.Backup;
import org.standpoint.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;

/** {@code standpoint dump}: the whole database as one TriG file, for backups and moving a graph between machines. */
@Command(name = "dump", mixinStandardHelpOptions = true,
        description = "Write the whole database (every named graph) to a TriG file; standpoint restore reads it back.")
final class DumpCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Option(names = "--db", defaultValue = "data", paramLabel = "DIR", description = "database folder (default: ./${DEFAULT-VALUE})")
    Path db;

    @Parameters(index = "0", paramLabel = "FILE", description = "the TriG file to write (replaced when it exists)")
    Path file;

    @Override
    public Integer call() {
        try (Store store = Stores.open(db, null, false)) {
            // Written beside the target and moved into place: an interrupted dump never passes for a whole one.
            Path dir = file.toAbsolutePath().getParent();
            Path partial = Files.createTempFile(dir, file.getFileName() + ".", ".partial");
            long quads;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial))) {
                quads = Backup.dump(store, out);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(partial);
                throw e;
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            main.err().println("dumped " + quads + " quads to " + file);
            return 0;
        } catch (Stores.Unavailable e) {
            main.err().println("error: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            main.err().println("error: cannot write " + file + ": " + e.getMessage());
            return 2;
        }
    }
}
