package org.standpoint.cli;

import org.standpoint.query.SavedQuery;

import org.standpoint.serve.StandpointServer;
import org.standpoint.store.Store;

import java.io.PrintStream;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/** Runs the server over an open store until the process is stopped; the store is closed on the way out. */
final class Serving {
    private Serving() {
    }

    /** @return an exit code when the server could not start; otherwise it does not return until the JVM exits */
    static int runUntilKilled(Store store, ServeOptions options, PrintStream out, PrintStream err) {
        if (options.passwordFile != null && !Files.isReadable(options.passwordFile)) {
            err.println("error: cannot read password file " + options.passwordFile);
            store.close();
            return 2;
        }
        StandpointServer server;
        try {
            server = StandpointServer.create().store(store).port(options.port)
                    .queryTimeout(Duration.ofSeconds(options.timeoutSeconds)).passwordFile(options.passwordFile)
                    .allowServices(options.allowedServices)
                    .examples(SavedQuery.bundled())
                    .build().start();
        } catch (RuntimeException e) {
            err.println("error: cannot start the server on port " + options.port + ": " + rootMessage(e));
            store.close();
            return 2;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            try {
                store.close();
            } catch (RuntimeException stillReading) {
                // queries stopped by the timeout may still hold read transactions; exiting ends them, nothing is lost
            }
            stopped.countDown();
        }, "standpoint-shutdown"));
        int port = server.port();
        out.println("Standpoint is serving " + store.quadCount() + " quads.");
        out.println("  UI:     http://localhost:" + port + "/");
        out.println("  browse: http://localhost:" + port + "/browse");
        out.println("  SPARQL: http://localhost:" + port + StandpointServer.DATASET + "/sparql");
        if (options.passwordFile != null)
            out.println("  update: http://localhost:" + port + StandpointServer.DATASET + "/update (with a login)");
        if (!options.allowedServices.isEmpty())
            out.println("  SERVICE allowed to: " + String.join(", ", options.allowedServices));
        out.println("Stop with Ctrl-C.");
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
