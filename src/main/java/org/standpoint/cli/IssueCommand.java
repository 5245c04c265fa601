package org.standpoint.cli;

import org.standpoint.correct.IssueGraph;
import org.standpoint.correct.IssueRegrouping;
import org.standpoint.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code standpoint issue}: list, watch (add), rename and merge issue concepts. Corrections go to the corrections graph and are
 * applied at once and at every later load, so they survive reloading the articles.
 */
@Command(name = "issue", mixinStandardHelpOptions = true,
        description = "List, watch (add), rename, merge or regroup issues (corrections survive reloads).",
        subcommands = {IssueCommand.ListIssues.class, IssueCommand.Add.class, IssueCommand.Rename.class, IssueCommand.Merge.class,
                IssueCommand.Regroup.class})
final class IssueCommand implements Runnable {
    @ParentCommand
    Main main;

    @Override
    public void run() {
        picocli.CommandLine.usage(this, main.out());
    }

    /** The options and store handling the three subcommands share. */
    abstract static class Sub implements Callable<Integer> {
        @ParentCommand
        IssueCommand parent;

        @Mixin
        StoreOptions database;

        @Override
        public Integer call() {
            try (Store store = database.open(createsDatabase())) {
                run(new IssueGraph(store));
                return 0;
            } catch (Stores.Unavailable | IllegalArgumentException e) {
                parent.main.err().println("error: " + e.getMessage());
                return 2;
            }
        }

        abstract void run(IssueGraph issues);

        boolean createsDatabase() {
            return false;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Issues, the most discussed first: IRI, label, statements and articles (tab-separated).")
    static final class ListIssues extends Sub {
        @Override
        void run(IssueGraph issues) {
            for (IssueGraph.Use u : issues.uses()) {
                parent.main.out().println(u.iri() + "\t" + u.label() + "\t" + count(u.statements(), "statement")
                        + "\t" + count(u.articles(), "article"));
            }
        }

        private static String count(int n, String noun) {
            return n + " " + noun + (n == 1 ? "" : "s");
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Watch a measure: it becomes an issue before any article speaks of it; articles that declare it"
                    + " (ISSUE: line, JSON issue field, load --issue) are judged toward it.")
    static final class Add extends Sub {
        @Parameters(index = "0", paramLabel = "MEASURE", description = "the measure, as articles would declare it")
        String label;

        @Override
        boolean createsDatabase() {
            return true;
        }

        @Override
        void run(IssueGraph issues) {
            if (label.isBlank()) throw new IllegalArgumentException("the measure is empty");
            Map.Entry<String, Boolean> added = issues.add(label.strip());
            parent.main.err().println((added.getValue() ? "watching " : "already an issue: ") + added.getKey());
        }
    }

    @Command(name = "rename", mixinStandardHelpOptions = true, description = "Give an issue a new label.")
    static final class Rename extends Sub {
        @Parameters(index = "0", paramLabel = "ISSUE", description = "issue IRI, issue/slug or slug")
        String issue;

        @Parameters(index = "1", paramLabel = "LABEL", description = "the new label")
        String label;

        @Override
        void run(IssueGraph issues) {
            if (label.isBlank()) throw new IllegalArgumentException("the new label is empty");
            String iri = issues.iri(issue);
            issues.rename(iri, label.strip());
            parent.main.err().println("renamed " + iri + " to \"" + label.strip() + "\"");
        }
    }

    @Command(name = "merge", mixinStandardHelpOptions = true, description = "Merge issue FROM into issue INTO.")
    static final class Merge extends Sub {
        @Parameters(index = "0", paramLabel = "FROM", description = "the issue that goes (IRI, issue/slug or slug)")
        String from;

        @Parameters(index = "1", paramLabel = "INTO", description = "the issue that stays")
        String into;

        @Override
        void run(IssueGraph issues) {
            String a = issues.iri(from), b = issues.iri(into);
            issues.merge(a, b);
            parent.main.err().println("merged " + a + " into " + b);
        }
    }

    @Command(name = "regroup", mixinStandardHelpOptions = true,
            description = "Group every stored article's issue again, oldest article first: the grouping loading in date"
                    + " order would give (load does it itself after a run that came out of order).")
    static final class Regroup extends Sub {
        @Override
        void run(IssueGraph issues) {
            IssueRegrouping.Result r = issues.regroup();
            parent.main.err().printf("regrouped %d article issues into %d issues; %d moved%n", r.readings(), r.concepts(), r.moved());
        }
    }
}
