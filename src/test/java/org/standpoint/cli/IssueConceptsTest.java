package org.standpoint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.standpoint.store.Store;

/**
 * Issue concepts on real dev articles (from ../shared, skipped without it), loaded through the command line into a
 * real TDB2: the gold files give 03 and 09 the same issue (elected police commissioners) and 07 (a Brexit deal) and
 * 15 (a police oversight board in Nashville) unrelated ones; the new saved queries answer on that data; a rename and
 * a merge survive loading the articles again.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IssueConceptsTest {

    @TempDir
    static Path tmp;
    private static Path dev;
    private static Path db;

    @BeforeAll
    static void load() {
        String property = System.getProperty("standpoint.shared");
        Path shared = property != null ? Path.of(property) : Path.of("/work/shared");
        dev = shared.resolve("corpus/dev/raw");
        assumeTrue(Files.isRegularFile(dev.resolve("03.txt")), "no shared corpus at " + shared);
        db = tmp.resolve("db");
        Cli run = Cli.run("load", raw("00"), raw("03"), raw("07"), raw("09"), raw("15"), "--db", db.toString(), "--threads", "1");
        assertEquals(0, run.exitCode(), run.toString());
    }

    private static String raw(String n) {
        return dev.resolve(n + ".txt").toString();
    }

    /** Article file → the issue IRIs its statements point to. */
    private static Set<String> issuesOf(String headlineStart) {
        try (Store store = Store.open(db)) {
            return Txn.calculateRead(store.dataset(), () -> {
                Set<String> out = new TreeSet<>();
                String q = "PREFIX stp: <https://w3id.org/standpoint/ns#> PREFIX schema: <http://schema.org/> "
                        + "SELECT DISTINCT ?issue WHERE { ?s stp:issue ?issue ; <http://www.w3.org/ns/prov#wasDerivedFrom> ?a . "
                        + "?a schema:headline ?h FILTER(STRSTARTS(?h, \"" + headlineStart + "\")) }";
                try (QueryExecution qe = QueryExecution.create(q, store.dataset())) {
                    qe.execSelect().forEachRemaining((QuerySolution s) -> out.add(s.getResource("issue").getURI()));
                }
                return out;
            });
        }
    }

    /** COUNT({@code what}) over the statements about the issue in the article graphs. */
    private static int statementsOn(String iri, String what) {
        try (Store store = Store.open(db)) {
            return Txn.calculateRead(store.dataset(), () -> {
                String q = "SELECT (COUNT(" + what + ") AS ?n) WHERE { GRAPH ?g { ?s <https://w3id.org/standpoint/ns#issue> <" + iri + "> ;"
                        + " a <https://w3id.org/standpoint/ns#Statement> } }";
                try (QueryExecution qe = QueryExecution.create(q, store.dataset())) {
                    return qe.execSelect().next().getLiteral("n").getInt();
                }
            });
        }
    }

    private static List<String> labels(String iri) {
        try (Store store = Store.open(db)) {
            return Txn.calculateRead(store.dataset(), () -> {
                List<String> out = new ArrayList<>();
                String q = "SELECT ?l WHERE { <" + iri + "> <http://www.w3.org/2004/02/skos/core#prefLabel> ?l }";
                try (QueryExecution qe = QueryExecution.create(q, store.dataset())) {
                    qe.execSelect().forEachRemaining(s -> out.add(s.getLiteral("l").getString()));
                }
                return out;
            });
        }
    }

    @Test
    @Order(1)
    void articlesOnTheSameIssueShareOneConceptAndUnrelatedOnesDoNot() {
        Set<String> commissioners = issuesOf("Price of elected police bosses");
        Set<String> election = issuesOf("Shambles warning on police election");
        Set<String> brexit = issuesOf("Unions dismiss");
        Set<String> oversight = issuesOf("Metro Council Votes No");
        assertEquals(1, commissioners.size(), commissioners.toString());
        assertEquals(commissioners, election, "03 and 09 are both about elected police commissioners");
        assertEquals(1, brexit.size());
        assertNotEquals(brexit, oversight, "a Brexit deal and a police oversight board are different issues");
        assertNotEquals(brexit, commissioners);
        String label = labels(commissioners.iterator().next()).get(0);
        assertTrue(label.contains("police"), label);
    }

    @Test
    @Order(2)
    void issuePositionsGroupsByStanceWithEvidence() {
        Cli run = Cli.run("query", "issue-positions", "--db", db.toString(), "--param", "issueName=armed", "--format", "csv");
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().startsWith("stanceLabel,holderLabel,speakerLabel,issueLabel,text,paragraph"), run.out());
        // Lord Harris's "provocative" quote, with the paragraph it stands in
        assertTrue(run.out().lines().anyMatch(l -> l.contains("Harris") && l.contains("provocative")), run.out());
        assertTrue(run.out().contains("oppose"), run.out());
    }

    @Test
    @Order(3)
    void stanceChangesListsOneActorOnOneIssueInOrder() {
        Cli run = Cli.run("query", "stance-changes", "--db", db.toString(), "--param", "name=Duvall",
                "--param", "issueName=armed", "--format", "csv");
        assertEquals(0, run.exitCode(), run.toString());
        List<String> rows = run.out().lines().skip(1).toList();
        assertTrue(rows.size() >= 2, run.out());
        assertTrue(rows.stream().allMatch(r -> r.contains("Len Duvall")), run.out());
        // the first statement has nothing before it; every later one names the stance before it
        assertTrue(rows.get(0).contains(",,false,"), rows.get(0));
        assertTrue(rows.stream().skip(1).noneMatch(r -> r.contains(",,false,")), run.out());
    }

    @Test
    @Order(4)
    void institutionBalanceCountsStancesOfMembers() {
        Cli run = Cli.run("query", "institution-balance", "--db", db.toString(), "--format", "csv");
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().startsWith("institutionLabel,issueLabel,statements,holders,support,conditional,neutral,oppose"), run.out());
        // Len Duvall sits on the London Assembly for Labour: his statements on the armed patrols count there
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("London Assembly,") && l.contains("armed")), run.out());
    }

    @Test
    @Order(5)
    void institutionDisagreementsAnswersOnLoadedData() {
        Cli run = Cli.run("query", "institution-disagreements", "--db", db.toString(), "--param", "institutionName=Labour", "--format", "csv");
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().startsWith("institutionLabel,issueLabel,aLabel,aStance"), run.out());
    }

    @Test
    @Order(10)
    void renameAndMergeSurviveAReload() {
        String brexit = issuesOf("Unions dismiss").iterator().next();
        String oversight = issuesOf("Metro Council Votes No").iterator().next();
        String commissioners = issuesOf("Price of elected police bosses").iterator().next();
        Cli rename = Cli.run("issue", "rename", brexit, "workers' rights in the Brexit deal", "--db", db.toString());
        assertEquals(0, rename.exitCode(), rename.toString());
        Cli merge = Cli.run("issue", "merge", oversight, commissioners, "--db", db.toString());
        assertEquals(0, merge.exitCode(), merge.toString());
        assertEquals(Set.of(commissioners), issuesOf("Metro Council Votes No"), "merged at once");

        Cli reload = Cli.run("load", raw("07"), raw("15"), "--db", db.toString(), "--threads", "1");
        assertEquals(0, reload.exitCode(), reload.toString());
        assertEquals(Set.of(brexit), issuesOf("Unions dismiss"));
        assertEquals(List.of("workers' rights in the Brexit deal"), labels(brexit), "one preferred label, the user's");
        assertEquals(Set.of(commissioners), issuesOf("Metro Council Votes No"), "still merged after the reload");
        assertTrue(labels(oversight).isEmpty(), "the merged issue is gone from the registry");

        Cli list = Cli.run("issue", "list", "--db", db.toString());
        assertFalse(list.out().contains(oversight), list.out());
        // each issue with how much is said about it, the most discussed first
        List<String[]> rows = list.out().lines().map(l -> l.split("\t")).toList();
        String[] brexitRow = rows.stream().filter(r -> r[0].equals(brexit)).findFirst().orElseThrow(() -> new AssertionError(list.toString()));
        assertEquals("workers' rights in the Brexit deal", brexitRow[1]);
        assertEquals(statementsOn(brexit, "*") + " statement" + (statementsOn(brexit, "*") == 1 ? "" : "s"), brexitRow[2]);
        assertEquals("1 article", brexitRow[3]);
        // the merged issue counts the statements of both, in the three articles of both
        String[] merged = rows.stream().filter(r -> r[0].equals(commissioners)).findFirst().orElseThrow(() -> new AssertionError(list.toString()));
        assertEquals(statementsOn(commissioners, "*") + " statements", merged[2]);
        assertEquals(List.of(3, 3), List.of(statementsOn(commissioners, "DISTINCT ?g"), Integer.parseInt(merged[3].split(" ")[0])));
        List<Integer> counts = rows.stream().map(r -> Integer.parseInt(r[2].split(" ")[0])).toList();
        assertEquals(counts.stream().sorted(Comparator.reverseOrder()).toList(), counts, list.out());
    }
}
