package org.standpoint.cli;

import org.standpoint.rdf.XmlParsing;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The {@code standpoint} executable: one subcommand per pipeline entry point. */
@Command(name = "standpoint", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "News articles to a knowledge graph of who said what, in which role, about which issue.",
        subcommands = {ExtractCommand.class, LoadCommand.class, ServeCommand.class, DemoCommand.class,
                QueryCommand.class, EvalCommand.class, LinkCommand.class, MergeCommand.class,
                SplitCommand.class, RemoveCommand.class, CompactCommand.class, DumpCommand.class, RestoreCommand.class, ImportCommand.class,
                IssueCommand.class, TrainCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    // Byte streams, not picocli's writers: RDF writers want an OutputStream, and tests capture both.
    private final PrintStream out;
    private final PrintStream err;

    private Main(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (tests call this instead of {@link #main}). */
    public static int run(String... args) {
        return run(System.out, System.err, args);
    }

    /** Runs a command line with its output and messages going to the given streams. */
    public static int run(PrintStream out, PrintStream err, String... args) {
        XmlParsing.useJdkParser();
        PrintStream o = utf8(out);
        PrintStream e = utf8(err);
        CommandLine cli = new CommandLine(new Main(o, e)).setCaseInsensitiveEnumValuesAllowed(true)
                .setOut(new PrintWriter(o, true)).setErr(new PrintWriter(e, true));
        try {
            return cli.execute(args);
        } finally {
            o.flush();
            e.flush();
        }
    }

    private static PrintStream utf8(PrintStream s) {
        return new PrintStream(s, true, StandardCharsets.UTF_8);
    }

    /** Standard output: results (graphs, tables). */
    PrintStream out() {
        return out;
    }

    /** Standard error: progress, errors, summaries. */
    PrintStream err() {
        return err;
    }

    @Override
    public void run() {
        spec.commandLine().usage(out);
    }
}
