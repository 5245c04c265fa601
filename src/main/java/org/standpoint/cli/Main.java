package org.standpoint.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code standpoint} executable: one subcommand per pipeline entry point. */
@Command(name = "standpoint", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "News articles to a knowledge graph of who said what, in which role, about which issue.",
        subcommands = {ExtractCommand.class, EvalCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (tests call this instead of {@link #main}). */
    public static int run(String... args) {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
