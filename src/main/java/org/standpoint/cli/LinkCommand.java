package org.standpoint.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.standpoint.iri.Iris;
import org.standpoint.link.Decision;
import org.standpoint.link.EndpointException;
import org.standpoint.link.LinkReport;
import org.standpoint.link.Linker;
import org.standpoint.link.Scored;
import org.standpoint.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code standpoint link}: the registry's people and organisations to Wikidata items and DBpedia resources. */
@Command(name = "link", mixinStandardHelpOptions = true,
        description = {"Link people and organisations in the database to Wikidata (owl:sameAs wd:Q…) and DBpedia.",
                "Answers are cached in the database: linking again asks the endpoint only what is new."})
final class LinkCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Option(names = "--db", defaultValue = "data", paramLabel = "DIR", description = "database folder (default: ./${DEFAULT-VALUE})")
    Path db;

    @Option(names = "--base", paramLabel = "IRI",
            description = "base of the data IRIs; a new database records it, and later commands use the recorded one (default: " + Iris.DEFAULT_BASE + ")")
    String base;

    @Mixin
    LinkOptions options;

    @Override
    public Integer call() {
        try (Store store = Stores.open(db, base, false)) {
            return run(store, options, main.out(), main.err());
        } catch (Stores.Unavailable | IllegalArgumentException e) {
            main.err().println("error: " + e.getMessage());
            return 2;
        }
    }

    /** Links a store and reports; also what {@code load --link} runs after loading. Returns the exit code. */
    static int run(Store store, LinkOptions options, PrintStream out, PrintStream err) {
        LinkReport report;
        try {
            report = new Linker(store, options.endpoint(), options.settings()).run();
        } catch (EndpointException e) {
            err.println("error: " + e.getMessage() + " (nothing was changed)");
            return 1;
        }
        for (Decision d : report.decisions()) out.println(line(d));
        err.println(report.line());
        return 0;
    }

    /** The decision, then why: the evidence of the link, or of each candidate left for review, and the verdict. */
    private static String line(Decision d) {
        String name = d.actor().label();
        if (d.candidates().isEmpty()) return String.format("none    %s", name);
        StringBuilder b = new StringBuilder();
        if (d.linked()) {
            Scored s = d.accepted();
            b.append(String.format("linked  %-30s %-10s %.2f", name, s.qid(), s.confidence()));
            b.append(EVIDENCE).append(String.join("; ", s.evidence()));
        } else {
            b.append(String.format("review  %-30s", name));
            for (Scored s : d.candidates()) b.append(String.format(" %s %.2f", s.qid(), s.confidence()));
            for (Scored s : d.candidates()) b.append(EVIDENCE).append(s.qid()).append(": ").append(String.join("; ", s.evidence()));
        }
        return b.append(EVIDENCE).append(d.linked() ? "linked: " : "not linked: ").append(d.reason()).toString();
    }

    private static final String EVIDENCE = System.lineSeparator() + "        ";
}
