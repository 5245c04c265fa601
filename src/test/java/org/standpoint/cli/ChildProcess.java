package org.standpoint.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code standpoint} in a JVM of its own, for tests that kill it or hold its database from another process. Started
 * with the test classpath and a small heap; only for commands that do not load CoreNLP.
 */
final class ChildProcess {
    private ChildProcess() {
    }

    /** Starts {@code standpoint args…}, its output and errors going to {@code log}. */
    static Process start(Path log, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        try {
            return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SIGKILL: no shutdown hook, no finally block, no flush runs. */
    static void kill(Process p) throws InterruptedException {
        p.destroyForcibly();
        p.waitFor();
    }
}
