package org.standpoint.cli;

import org.standpoint.iri.Iris;
import org.standpoint.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code standpoint remove ARTICLE…}: takes articles out of the database with what was derived from them (positions,
 * role sightings, label index entries). The supported delete: the update endpoint refuses to touch article graphs,
 * because a graph dropped there would leave the derived data stale.
 */
@Command(name = "remove", mixinStandardHelpOptions = true,
        description = "Remove articles (by key or IRI) and what was derived from them from the database.")
final class RemoveCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Parameters(arity = "1..*", paramLabel = "KEY|IRI", description = "the article's key, its IRI or its graph's IRI")
    List<String> articles;

    @Mixin
    StoreOptions database;

    @Override
    public Integer call() {
        try (Store store = database.open()) {
            Iris iris = store.iris();
            int missing = 0;
            for (String a : articles) {
                String key = key(iris, a);
                if (store.removeArticle(iris.articleGraph(key))) {
                    main.err().println("removed article " + key);
                } else {
                    main.err().println("error: no article " + a + " in the database");
                    missing++;
                }
            }
            return missing == 0 ? 0 : 1;
        } catch (Stores.Unavailable | IllegalArgumentException e) {
            main.err().println("error: " + e.getMessage());
            return 2;
        }
    }

    private static String key(Iris iris, String typed) {
        String graphPrefix = iris.articleGraph("");
        if (typed.startsWith(graphPrefix)) return typed.substring(graphPrefix.length());
        String key = iris.articleKey(typed);
        return key != null ? key : typed;
    }
}
