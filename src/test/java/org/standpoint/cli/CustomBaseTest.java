package org.standpoint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standpoint.serve.StandpointServer;
import org.standpoint.store.Store;

/**
 * A database loaded with {@code load --base}: every later command uses that base without being told (the database
 * records it), the server dereferences its IRIs, and a {@code --base} that disagrees is refused.
 */
class CustomBaseTest {
    private static final String BASE = "http://news.example.org/kg/";

    @TempDir
    static Path tmp;
    private static Path db;
    private static Cli loaded;

    @BeforeAll
    static void load() throws Exception {
        db = tmp.resolve("db");
        Path article = Files.writeString(tmp.resolve("a.txt"), """
                Council rejects parking plan

                "This plan would ruin the high street," said Maria Lopez, the leader of Northtown Council.
                """);
        loaded = Cli.run("load", article.toString(), "--base", BASE, "--db", db.toString(), "--threads", "1");
    }

    @Test
    void queryAndServerUseTheRecordedBase() throws Exception {
        assertEquals(0, loaded.exitCode(), loaded.toString());
        Cli q = Cli.run("query", "all-statements", "--db", db.toString());
        assertEquals(0, q.exitCode(), q.toString());
        assertTrue(q.out().contains("<" + BASE + "statement/"), q.out());
        try (Store store = Store.open(db)) {
            assertEquals(BASE, store.base());
            StandpointServer server = StandpointServer.create().store(store).port(0).build().start();
            try {
                HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                                URI.create("http://localhost:" + server.port() + "/id/person/maria-lopez"))
                        .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, page.statusCode(), page.body());
                assertTrue(page.body().contains("This plan would ruin the high street"), page.body());
            } finally {
                server.stop();
            }
        }
    }

    @Test
    void aBaseThatDisagreesWithTheDatabaseIsRefused() {
        Cli other = Cli.run("issue", "list", "--base", "http://other.example/", "--db", db.toString());
        assertEquals(2, other.exitCode(), other.toString());
        assertTrue(other.err().contains("was made with base " + BASE), other.toString());
        assertTrue(Cli.run("load", "--base", BASE, "--db", db.toString(), tmp.resolve("missing.txt").toString())
                .err().lines().noneMatch(l -> l.contains("made with base")), "the same base is fine");
    }

    @Test
    void aRestoredDumpKeepsTheBase() {
        Path dump = tmp.resolve("dump.trig"), copy = tmp.resolve("copy");
        assertEquals(0, Cli.run("dump", "--db", db.toString(), dump.toString()).exitCode());
        Cli restored = Cli.run("restore", dump.toString(), "--db", copy.toString());
        assertEquals(0, restored.exitCode(), restored.toString());
        try (Store store = Store.open(copy)) {
            assertEquals(BASE, store.base());
        }
    }
}
