package org.standpoint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standpoint.store.Store;

/**
 * Declared issues end to end, on articles written for this test, through the command line into a real TDB2: a measure
 * on the watch list ({@code issue add}), a {@code .txt} that declares it in an {@code ISSUE:} line and a JSON record
 * that declares it in its {@code issue} field (with headlines about something else), and a plain article loaded with
 * {@code load --issue}.
 */
class DeclaredIssuesTest {
    private static final String WATCHED = "control orders for terror suspects";

    @TempDir
    static Path tmp;
    private static Path db;
    private static Cli added, loaded, listed;

    @BeforeAll
    static void load() throws Exception {
        db = tmp.resolve("db");
        Path txt = Files.writeString(tmp.resolve("liberty.txt"), """
                TITLE: Minister defends his record
                ISSUE: control orders for terror suspects

                Minister defends his record

                The home secretary defended his record in the Commons on Monday.

                "Control orders are an affront to justice and must be scrapped," said Shami Chakrabarti, the director of Liberty.
                """);
        Path json = Files.writeString(tmp.resolve("peers.json"), """
                {"title": "Peers return from recess", "issue": "Control orders for terror suspects",
                 "body": "Peers return from recess\\n\\nPeers returned to Westminster on Tuesday.\\n\\nLord Carlile, the government's reviewer of terror laws, said the orders were necessary and should stay in place."}
                """);
        Path plain = Files.writeString(tmp.resolve("cards.txt"), """
                Cards scheme costs rise

                The cost of the identity scheme has risen again.

                "This scheme is a waste of money and should be abandoned," said David Davis, the shadow home secretary.
                """);
        added = Cli.run("issue", "add", WATCHED, "--db", db.toString());
        Cli first = Cli.run("load", txt.toString(), json.toString(), "--db", db.toString(), "--threads", "1");
        assertEquals(0, first.exitCode(), first.toString());
        loaded = Cli.run("load", plain.toString(), "--issue", "ID cards", "--db", db.toString(), "--threads", "1");
        listed = Cli.run("issue", "list", "--db", db.toString());
    }

    /** speaker label | stance | issue label, one row per statement, sorted. */
    private static List<String> statements() {
        try (Store store = Store.open(db)) {
            return Txn.calculateRead(store.dataset(), () -> {
                List<String> out = new ArrayList<>();
                String q = """
                        PREFIX stp: <https://w3id.org/standpoint/ns#>
                        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                        SELECT ?who ?stance ?issue ?label WHERE {
                          GRAPH ?g { ?s a stp:Statement ; stp:speaker ?sp ; stp:stance ?stance ; stp:issue ?issue }
                          ?sp rdfs:label ?who . ?issue skos:prefLabel ?label
                        } ORDER BY ?who""";
                try (QueryExecution qe = QueryExecution.create(q, store.dataset())) {
                    qe.execSelect().forEachRemaining(r -> out.add(r.getLiteral("who").getString() + " | "
                            + r.getResource("stance").getLocalName() + " | " + r.getResource("issue").getURI()
                            .replaceAll(".*/issue/", "issue/") + " | " + r.getLiteral("label").getString()));
                }
                return out;
            });
        }
    }

    @Test
    void aWatchedMeasureIsAnIssueBeforeAnyArticleAndDeclaringArticlesJoinItWithStanceTowardIt() {
        assertEquals(0, added.exitCode(), added.toString());
        assertTrue(added.err().contains("watching ") && added.err().contains("/issue/control-orders-for-terror-suspects"), added.toString());
        List<String> rows = statements();
        assertTrue(rows.contains("Shami Chakrabarti | oppose | issue/control-orders-for-terror-suspects | " + WATCHED), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("Lord Carlile | support | issue/control-orders-for-terror-suspects | "
                + WATCHED)), rows.toString());
        assertTrue(listed.out().lines().anyMatch(l -> l.contains("/issue/control-orders-for-terror-suspects\t" + WATCHED
                + "\t") && l.endsWith("\t2 articles")), listed.toString());
    }

    @Test
    void loadIssueDeclaresTheMeasureForArticlesThatDoNotDeclareOne() {
        assertEquals(0, loaded.exitCode(), loaded.toString());
        assertTrue(statements().contains("David Davis | oppose | issue/id-cards | ID cards"), statements().toString());
    }
}
