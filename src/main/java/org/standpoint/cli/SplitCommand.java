package org.standpoint.cli;

import org.standpoint.correct.Corrector;
import org.standpoint.iri.Iris;
import org.standpoint.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code standpoint split ACTOR --article KEY}: an article's mention of an actor is someone else. */
@Command(name = "split", mixinStandardHelpOptions = true,
        description = {"Correct identity: in the given articles, ACTOR denotes another real actor. Their mentions move to",
                "a new actor (ACTOR-KEY) or to --into, now and whenever those articles are loaded again.",
                "Recorded in the corrections graph (docs/identity.md)."})
final class SplitCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Parameters(index = "0", paramLabel = "ACTOR", description = "the actor IRI (or its path under the base: person/lord-harris)")
    String actor;

    @Option(names = "--article", required = true, paramLabel = "KEY|IRI",
            description = "an article whose mention is split off (its key or IRI); repeat for several")
    List<String> articles;

    @Option(names = "--into", paramLabel = "IRI", description = "the actor they denote (default: a new one, ACTOR-KEY)")
    String into;

    @Mixin
    StoreOptions database;

    @Override
    public Integer call() {
        try (Store store = database.open()) {
            Iris iris = store.iris();
            List<String> keys = articles.stream().map(a -> {
                String key = iris.articleKey(a);
                return key != null ? key : a;
            }).toList();
            String target = new Corrector(store).split(ActorIris.absolute(store, actor), keys,
                    into == null ? null : ActorIris.absolute(store, into));
            main.err().println("split " + String.join(", ", keys) + " off " + ActorIris.absolute(store, actor) + " into " + target);
            main.out().println(target);
            return 0;
        } catch (Stores.Unavailable | IllegalArgumentException e) {
            main.err().println("error: " + e.getMessage());
            return 2;
        }
    }
}
