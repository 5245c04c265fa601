package org.standpoint.cli;

import org.standpoint.correct.Corrector;
import org.standpoint.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.util.concurrent.Callable;

/** {@code standpoint merge A B}: two actor IRIs are one real actor; B becomes A, now and in every later load. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = {"Correct identity: actor B is actor A. B becomes A everywhere in the database, and every article",
                "loaded later resolves B's name to A. Recorded in the corrections graph (docs/identity.md)."})
final class MergeCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Parameters(index = "0", paramLabel = "A", description = "the actor IRI that stays (or its path under the base: person/sadiq-khan)")
    String into;

    @Parameters(index = "1", paramLabel = "B", description = "the actor IRI merged into A")
    String from;

    @Mixin
    StoreOptions database;

    @Override
    public Integer call() {
        try (Store store = database.open()) {
            String a = ActorIris.absolute(store, into);
            String b = ActorIris.absolute(store, from);
            new Corrector(store).merge(a, b);
            main.err().println("merged " + b + " into " + a);
            return 0;
        } catch (Stores.Unavailable | IllegalArgumentException e) {
            main.err().println("error: " + e.getMessage());
            return 2;
        }
    }
}
