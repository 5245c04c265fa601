package org.standpoint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.system.Txn;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standpoint.iri.Iris;
import org.standpoint.model.Actor;
import org.standpoint.model.ActorType;
import org.standpoint.model.Article;
import org.standpoint.model.Extraction;
import org.standpoint.model.Issue;
import org.standpoint.model.Membership;
import org.standpoint.model.Span;
import org.standpoint.model.Stance;
import org.standpoint.model.Statement;
import org.standpoint.rdf.STP;
import org.standpoint.serve.StandpointServer;
import org.standpoint.store.Fixtures;
import org.standpoint.store.Store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The positions graph (holder × issue × stance: how many statements, the latest) on a TDB2 database: kept in step by
 * every article write, equal to a rebuild from scratch (what {@code import} does), moved by a merge; and the saved
 * queries that read it.
 */
class PositionsTest {
    private static final String BASE = Fixtures.BASE;
    private static final String HARRIS = BASE + "person/lord-harris";
    private static final String DUVALL = BASE + "person/len-duvall";
    private static final String PATROLS = BASE + "issue/armed-patrols";

    /** {@code name} says {@code words}, a position of {@code holder}'s (the speaker's own when null). */
    private record Said(String name, Stance stance, String words, String holder) {
        Said(String name, Stance stance, String words) {
            this(name, stance, words, null);
        }
    }

    @Test
    void positionsFollowEveryWriteEqualARebuildAndMoveWithAMerge(@TempDir Path dir) {
        Path db = dir.resolve("db");
        Extraction a = article("aaaa1111aaaa", "2018-05-01", new Said("Lord Harris", Stance.OPPOSE, "Armed patrols would be provocative"));
        Extraction b = article("bbbb2222bbbb", "2019-02-01", new Said("Lord Harris", Stance.OPPOSE, "They will inspire fear"),
                new Said("Len Duvall", Stance.SUPPORT, "Armed patrols are needed now"));
        CorrectionCommandsTest.load(db, List.of(a, b));
        try (Store store = Store.open(db)) {
            assertEquals(Set.of(
                            row(HARRIS, "oppose", 2, "bbbb2222bbbb", "2019-02-01"),
                            row(DUVALL, "support", 1, "bbbb2222bbbb", "2019-02-01")),
                    positions(store));
            assertConform(store);
        }

        // the later article again, Lord Harris now in favour: his oppose position shrinks to the earlier article
        Extraction b2 = article("bbbb2222bbbb", "2019-02-01", new Said("Lord Harris", Stance.SUPPORT, "They will inspire fear"),
                new Said("Len Duvall", Stance.SUPPORT, "Armed patrols are needed now"));
        CorrectionCommandsTest.load(db, List.of(b2));
        Set<String> incremental;
        try (Store store = Store.open(db)) {
            assertEquals(Set.of(
                            row(HARRIS, "oppose", 1, "aaaa1111aaaa", "2018-05-01"),
                            row(HARRIS, "support", 1, "bbbb2222bbbb", "2019-02-01"),
                            row(DUVALL, "support", 1, "bbbb2222bbbb", "2019-02-01")),
                    positions(store));
            incremental = StoreContents.quads(store, new Iris(BASE).positionsGraph());
        }

        // a database from before the positions graph gets it when it is opened
        try (Store store = Store.open(db)) {
            Txn.executeWrite(store.dataset(), () -> store.dataset().asDatasetGraph()
                    .deleteAny(NodeFactory.createURI(new Iris(BASE).positionsGraph()), Node.ANY, Node.ANY, Node.ANY));
        }
        try (Store store = Store.open(db)) {
            StoreContents.assertSame(incremental, StoreContents.quads(store, new Iris(BASE).positionsGraph()));
        }

        // a dump imported into a new database: import rebuilds the positions from the statements alone
        Path dump = dir.resolve("dump.trig");
        Cli d = Cli.run("dump", dump.toString(), "--db", db.toString());
        assertEquals(0, d.exitCode(), d::toString);
        Path nq = dir.resolve("dump.nq");
        RDFDataMgr.write(fileOut(nq), RDFDataMgr.loadDatasetGraph(dump.toString()), Lang.NQUADS);
        Cli imported = Cli.run("import", nq.toString(), "--db", dir.resolve("db2").toString());
        assertEquals(0, imported.exitCode(), imported::toString);
        try (Store store = Store.open(dir.resolve("db2"))) {
            StoreContents.assertSame(incremental, StoreContents.quads(store, new Iris(BASE).positionsGraph()));
            Txn.executeWrite(store.dataset(), () -> store.dataset().asDatasetGraph()
                    .deleteAny(NodeFactory.createURI(new Iris(BASE).positionsGraph()), Node.ANY, Node.ANY, Node.ANY));
        }
        // an imported database has optimizer statistics: they are written again, the database opened anew, usable
        try (Store store = Store.open(dir.resolve("db2"))) {
            StoreContents.assertSame(incremental, StoreContents.quads(store, new Iris(BASE).positionsGraph()));
            assertEquals(Set.of(Map.of("h", HARRIS), Map.of("h", DUVALL)), Set.copyOf(Fixtures.select(store,
                    "SELECT DISTINCT ?h { ?p stp:recentStatement ?s ; stp:positionStance stp:support ; stp:positionHolder ?h }")));
        }

        // Len Duvall merged into Lord Harris: his support joins Lord Harris's, and no position of his is left
        Cli merge = Cli.run("merge", HARRIS, DUVALL, "--db", db.toString());
        assertEquals(0, merge.exitCode(), merge::toString);
        try (Store store = Store.open(db)) {
            assertEquals(Set.of(
                            row(HARRIS, "oppose", 1, "aaaa1111aaaa", "2018-05-01"),
                            row(HARRIS, "support", 2, "bbbb2222bbbb", "2019-02-01")),
                    positions(store));
        }
    }

    @Test
    void rankingsKeepTheTopPositionsThroughReloads(@TempDir Path dir) {
        Path db = dir.resolve("db");
        // 120 people oppose armed patrols: all in article A, the even ones in B too, every third in C too
        List<Said> a = new ArrayList<>(), b = new ArrayList<>(), c = new ArrayList<>();
        for (int k = 0; k < 120; k++) {
            Said said = new Said("Speaker " + k, Stance.OPPOSE, "Patrols are wrong, says number " + k + " here");
            a.add(said);
            if (k % 2 == 0) b.add(said);
            if (k % 3 == 0) c.add(said);
        }
        CorrectionCommandsTest.load(db, List.of(article("aaaa1111aaaa", "2018-01-01", a.toArray(Said[]::new)),
                article("bbbb2222bbbb", "2018-02-01", b.toArray(Said[]::new)),
                article("cccc3333cccc", "2018-03-01", c.toArray(Said[]::new))));
        try (Store store = Store.open(db)) {
            assertConform(store);
            List<Map<String, String>> top = Fixtures.select(store, """
                    SELECT ?n { ?r stp:rankingIssue <%s> ; stp:rankingStance stp:oppose ; stp:rankedPosition ?p .
                                ?p stp:statementCount ?n }""".formatted(PATROLS));
            assertEquals(100, top.size());
            // 20 speak three times (k divisible by 6), 60 twice, 40 once: the top 100 are the 80 and 20 of the 40
            assertEquals(20, top.stream().filter(r -> r.get("n").equals("3")).count());
            assertEquals(60, top.stream().filter(r -> r.get("n").equals("2")).count());
        }
        assertSameAsRebuilt(db);
        // article C again with one speaker left: the ranking follows, still the exact top
        CorrectionCommandsTest.load(db, List.of(article("cccc3333cccc", "2018-03-01", a.get(1))));
        try (Store store = Store.open(db)) {
            assertConform(store);
            assertEquals(List.of(Map.of("n", "2")), Fixtures.select(store, """
                    SELECT ?n { ?p stp:positionHolder <%s> ; stp:positionIssue <%s> ; stp:statementCount ?n }"""
                    .formatted(BASE + "person/speaker-1", PATROLS)));
        }
    }

    @Test
    void theHundredNewestStatementsOfAPositionAreItsEvidencePages(@TempDir Path dir) {
        Path db = dir.resolve("db");
        CorrectionCommandsTest.load(db, List.of(harrisOpposes("aaaa1111aaaa", "2018-01-01", 50),
                harrisOpposes("bbbb2222bbbb", "2018-02-01", 50), harrisOpposes("cccc3333cccc", "2018-03-01", 30)));
        try (Store store = Store.open(db)) {
            assertEquals(List.of(), violations(store));
            assertEquals(Map.of("cccc3333cccc", 30L, "bbbb2222bbbb", 50L, "aaaa1111aaaa", 20L), recentByArticle(store));
        }
        // the fifth page of twenty is the oldest of the hundred; the sixth is past the list's reach
        Cli fifth = Cli.run("query", "position-evidence", "--db", db.toString(), "--format", "csv",
                "--param", "limit=20", "--param", "offset=80");
        List<String> rows = fifth.out().lines().skip(1).toList();
        assertEquals(20, rows.size(), fifth::toString);
        assertTrue(rows.stream().allMatch(r -> r.startsWith("2018-01-01,oppose,")), fifth::toString);
        Cli sixth = Cli.run("query", "position-evidence", "--db", db.toString(), "--format", "csv", "--param", "offset=100");
        assertEquals(List.of(), sixth.out().lines().skip(1).toList(), sixth::toString);

        // an older article counts but does not enter the list; the newest article cut to one statement lets older move up
        CorrectionCommandsTest.load(db, List.of(harrisOpposes("dddd4444dddd", "2017-01-01", 10), harrisOpposes("cccc3333cccc", "2018-03-01", 1)));
        try (Store store = Store.open(db)) {
            assertEquals(List.of(), violations(store));
            assertEquals(Map.of("cccc3333cccc", 1L, "bbbb2222bbbb", 50L, "aaaa1111aaaa", 49L), recentByArticle(store));
        }
        assertSameAsRebuilt(db);
        try (Store store = Store.open(db)) {
            // and the shape notices a list that is not the newest
            Txn.executeWrite(store.dataset(), () -> store.dataset().asDatasetGraph().deleteAny(
                    NodeFactory.createURI(new Iris(BASE).positionsGraph()), Node.ANY, STP.recentStatement.asNode(),
                    NodeFactory.createURI(BASE + "statement/" + newest(store, "cccc3333cccc"))));
            assertTrue(violations(store).stream().anyMatch(v -> v.contains("recentStatement")), () -> violations(store).toString());
        }
    }

    @Test
    void pagesShowTheBiggestPositionsTheirLatestWordsAndWhatWasSaidForOthers(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("db");
        CorrectionCommandsTest.load(db, List.of(harrisOpposes("aaaa1111aaaa", "2018-01-01", 4),
                article("bbbb2222bbbb", "2019-06-01", new Said("Lord Harris", Stance.SUPPORT, "Patrols may help in the end"),
                        new Said("Jane Aide", Stance.OPPOSE, "The mayor will not allow armed patrols", "Sadiq Khan"))));
        try (Store store = Store.open(db)) {
            assertConform(store);
            String aide = iriOf(store, "Jane Aide");
            String khan = iriOf(store, "Sadiq Khan");
            StandpointServer server = StandpointServer.create().store(store).port(0).build().start();
            try {
                // four statements against: the count links to the position and only the latest is quoted; the one in favour in full
                Document harris = page(server, HARRIS);
                Element against = harris.select("p:has(.badge.oppose) a[href^=/id/position/]").first();
                assertEquals("4 statements", against.text(), harris.html());
                List<String> quoted = harris.select("blockquote mark").eachText();
                assertEquals(2, quoted.size(), quoted::toString);
                assertTrue(quoted.contains("Patrols may help in the end"), quoted::toString);
                assertTrue(quoted.stream().anyMatch(q -> q.startsWith("Patrols are wrong, reason number ")), quoted::toString);

                Document position = page(server, BASE + against.attr("href").substring("/id/".length()));
                assertTrue(position.select(".sub").text().startsWith("Position of Lord Harris on Armed patrols"), position.html());
                assertEquals(4, position.select("blockquote mark").size(), position.html());

                // the aide's page shows what she said for the mayor; his page shows it as his, said by her
                Document aidePage = page(server, aide);
                assertTrue(aidePage.select("h2").eachText().contains("Spoke for others"), aidePage.html());
                assertFalse(aidePage.select("p a[href=/id/" + khan.substring(BASE.length()) + "]").isEmpty(), aidePage.html());
                assertEquals(List.of("The mayor will not allow armed patrols"), aidePage.select("blockquote mark").eachText());
                Document khanPage = page(server, khan);
                assertEquals(List.of("The mayor will not allow armed patrols"), khanPage.select("blockquote mark").eachText());
                assertTrue(khanPage.select("blockquote .meta").text().contains("said by Jane Aide"), khanPage.html());

                // the issue page: a row per holder and stance, with the count and the latest words
                Document issue = page(server, PATROLS);
                Element harrisAgainst = issue.select("h2#oppose + table tr:has(a[href=/id/person/lord-harris])").first();
                assertTrue(harrisAgainst.text().contains("4"), issue.html());
                assertTrue(harrisAgainst.select("mark").text().startsWith("Patrols are wrong, reason number "), harrisAgainst.html());
                assertTrue(issue.select("h2#oppose + table").text().contains("through Jane Aide"), issue.html());
            } finally {
                server.stop();
            }
        }
    }

    @Test
    void anActorPageSumsUpTheArticlesThatStateARole(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("db");
        CorrectionCommandsTest.load(db, List.of(harrisAsChair("aaaa1111aaaa", "2018-01-01", true),
                harrisAsChair("bbbb2222bbbb", "2019-05-01", false), harrisAsChair("cccc3333cccc", "2018-06-01", true)));
        try (Store store = Store.open(db)) {
            assertConform(store);
            assertEquals(List.of("chair · 3 articles, the latest bbbb2222bbbb · 2018-01-01 – 2019-05-01 · former"), roles(store));
        }
        assertSameAsRebuilt(db);
        // the latest article again, without the role: the summary falls back to the other two
        CorrectionCommandsTest.load(db, List.of(harrisOpposes("bbbb2222bbbb", "2019-05-01", 1)));
        try (Store store = Store.open(db)) {
            assertConform(store);
            assertEquals(List.of("chair · 2 articles, the latest cccc3333cccc · 2018-01-01 – 2018-06-01 · current"), roles(store));
            // and the shape notices a count that is not the articles'
            Node positions = NodeFactory.createURI(new Iris(BASE).positionsGraph());
            Node chair = NodeFactory.createURI(BASE + "membership/lord-harris--police-board-chair");
            Txn.executeWrite(store.dataset(), () -> {
                store.dataset().asDatasetGraph().deleteAny(positions, chair, STP.sightingCount.asNode(), Node.ANY);
                store.dataset().asDatasetGraph().add(positions, chair, STP.sightingCount.asNode(), NodeFactory.createLiteralDT("7", XSDDatatype.XSDinteger));
            });
            assertTrue(violations(store).stream().anyMatch(v -> v.contains("differs from the number of articles")),
                    () -> violations(store).toString());
        }
    }

    @Test
    void theActorIssueAndEvidenceQueriesReadThePositions() {
        String db = Seed.database().toString();
        Cli stances = Cli.run("query", "actor-stances", "--db", db, "--param", "actor=" + HARRIS, "--format", "csv");
        assertEquals(0, stances.exitCode(), stances::toString);
        List<String> rows = stances.out().lines().skip(1).toList();
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("armed patrols,oppose,") && r.contains(Seed.HARRIS_QUOTE)
                && r.contains("," + PATROLS + "," + STP.oppose.getURI() + ",") && r.contains(",Lord Harris,")), stances::toString);

        Cli opposed = Cli.run("query", "issue-stances", "--db", db, "--param", "issue=" + PATROLS, "--param", "stance=stp:oppose",
                "--format", "csv");
        assertEquals(0, opposed.exitCode(), opposed::toString);
        Set<String> holders = Set.copyOf(opposed.out().lines().skip(1).map(r -> r.substring(0, r.indexOf(','))).toList());
        assertTrue(holders.containsAll(Set.of("Lord Harris", "Len Duvall")), opposed::toString);
        assertTrue(opposed.out().lines().skip(1).allMatch(r -> r.contains(",oppose,")), opposed::toString);

        // every statement of Lord Harris's on the issue, then the same one page at a time
        Cli all = Cli.run("query", "position-evidence", "--db", db, "--format", "csv");
        assertEquals(0, all.exitCode(), all::toString);
        List<String> evidence = all.out().lines().skip(1).toList();
        assertTrue(evidence.size() >= 2, all::toString);
        assertTrue(evidence.stream().anyMatch(r -> r.contains(Seed.HARRIS_QUOTE) && r.contains(",Lord Harris,")), all::toString);
        Cli opposing = Cli.run("query", "position-evidence", "--db", db, "--format", "csv", "--param", "stance=stp:oppose");
        List<String> opposingRows = opposing.out().lines().skip(1).toList();
        assertFalse(opposingRows.isEmpty(), opposing::toString);
        assertEquals(evidence.stream().filter(r -> r.contains(",oppose,")).toList(), opposingRows, opposing::toString);
        List<String> paged = new ArrayList<>();
        for (int offset = 0; offset < evidence.size(); offset++) {
            Cli page = Cli.run("query", "position-evidence", "--db", db, "--format", "csv", "--param", "limit=1",
                    "--param", "offset=" + offset);
            paged.addAll(page.out().lines().skip(1).toList());
        }
        assertEquals(evidence, paged);

        Cli bad = Cli.run("query", "position-evidence", "--db", db, "--param", "limit=ten");
        assertEquals(2, bad.exitCode(), bad::toString);
        assertTrue(bad.err().contains("parameter 'limit' takes one whole number"), bad::toString);
    }

    /**
     * What the writes kept up article by article (a new article only adds to the positions, a rewrite recomputes
     * them) equals the positions graph computed from scratch, as a database without it gets on open.
     */
    private static void assertSameAsRebuilt(Path db) {
        Set<String> kept;
        try (Store store = Store.open(db)) {
            kept = StoreContents.quads(store, new Iris(BASE).positionsGraph());
            Txn.executeWrite(store.dataset(), () -> store.dataset().asDatasetGraph()
                    .deleteAny(NodeFactory.createURI(new Iris(BASE).positionsGraph()), Node.ANY, Node.ANY, Node.ANY));
        }
        try (Store store = Store.open(db)) {
            StoreContents.assertSame(kept, StoreContents.quads(store, new Iris(BASE).positionsGraph()));
        }
    }

    /** The positions and rankings conform to their shapes: the counts, the statement lists and each ranking's top. */
    private static void assertConform(Store store) {
        assertEquals(List.of(), violations(store));
    }

    private static List<String> violations(Store store) {
        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes.ttl"));
        ValidationReport report = Txn.calculateRead(store.dataset(),
                () -> ShaclValidator.get().validate(shapes, store.dataset().asDatasetGraph().getUnionGraph()));
        // the derived data's shapes only: over the union graph, a role that one article calls current and another
        // former has two stp:current values, which the per-article membership shape rightly rejects
        return report.getEntries().stream().map(Object::toString)
                .filter(e -> e.matches("(?s)Node=<[^>]*/(position|ranking)/.*") || e.matches("(?s).*(sighting|Sighting|Seen).*"))
                .toList();
    }

    /** Lord Harris's roles as his page's table shows them: role · stated in · seen · status. */
    private static List<String> roles(Store store) throws IOException, InterruptedException {
        StandpointServer server = StandpointServer.create().store(store).port(0).build().start();
        try {
            Document harris = page(server, HARRIS);
            Element table = harris.select("h2:contains(Roles) + table").first();
            assertTrue(table != null, harris::html);
            List<String> rows = new ArrayList<>();
            for (Element tr : table.select("tr:has(td)")) {
                var td = tr.select("td");
                String statedIn = td.get(4).text().replaceAll("Armed patrols", "")
                        + td.get(4).select("a").attr("href").replaceAll(".*/", "");
                rows.add(td.get(0).text() + " · " + statedIn.strip() + " · " + td.get(2).text() + " · " + td.get(3).text());
            }
            return rows;
        } finally {
            server.stop();
        }
    }

    /** Lord Harris, chair of the Police Board (or its former chair), opposes armed patrols once. */
    private static Extraction harrisAsChair(String key, String date, boolean current) {
        String t = "Lord Harris, chair of the Police Board, said: “Patrols are wrong, says the chair in " + key + ".” ";
        Actor harris = actor("p0", "Lord Harris", t);
        Actor board = new Actor("o0", ActorType.ORGANIZATION, "Police Board", List.of(), null, null,
                List.of(CorrectionCommandsTest.span(t, "Police Board")));
        Membership chair = new Membership("m0", "p0", "chair", "o0", current, CorrectionCommandsTest.span(t, "Lord Harris, chair of the Police Board"));
        Statement said = new Statement("p0", "p0", CorrectionCommandsTest.span(t, "Patrols are wrong, says the chair in " + key),
                harris.mentions().get(0), null, true, Stance.OPPOSE, "i1", "m0", 0.9);
        return new Extraction(new Article(key, null, "Armed patrols", date, null, t, key + ".txt"), List.of(harris, board),
                List.of(chair), List.of(new Issue("i1", "Armed patrols", "armed-patrols")), List.of(said));
    }

    private static String iriOf(Store store, String label) {
        return Fixtures.select(store, "SELECT ?a { ?a rdfs:label \"" + label + "\" }").get(0).get("a");
    }

    private static Document page(StandpointServer server, String iri) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/id/" + iri.substring(BASE.length())))
                .header("Accept", "text/html").GET().build();
        HttpResponse<String> r = HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return Jsoup.parse(r.body());
    }

    /** Lord Harris's recent statements against armed patrols, counted by the key of their article. */
    private static Map<String, Long> recentByArticle(Store store) {
        return Fixtures.select(store, """
                SELECT ?st { ?p stp:positionHolder <%s> ; stp:positionIssue <%s> ; stp:recentStatement ?st }"""
                .formatted(HARRIS, PATROLS)).stream()
                .collect(Collectors.groupingBy(r -> articleKey(r.get("st")), Collectors.counting()));
    }

    /** The local name of the statement that article's position list holds with the greatest IRI. */
    private static String newest(Store store, String articleKey) {
        return Fixtures.select(store, "SELECT ?st { ?p stp:recentStatement ?st }").stream().map(r -> r.get("st"))
                .filter(st -> articleKey(st).equals(articleKey)).max(String::compareTo).orElseThrow()
                .substring((BASE + "statement/").length());
    }

    private static String articleKey(String statement) {
        return statement.substring((BASE + "statement/").length(), (BASE + "statement/").length() + 12);
    }

    /** One article in which Lord Harris opposes armed patrols {@code n} times, each in other words. */
    private static Extraction harrisOpposes(String key, String date, int n) {
        Said[] said = new Said[n];
        for (int k = 0; k < n; k++) said[k] = new Said("Lord Harris", Stance.OPPOSE, "Patrols are wrong, reason number " + k + " here");
        return article(key, date, said);
    }

    /** holder, stance, count, latest statement's article key, latest date: one string per position. */
    private static Set<String> positions(Store store) {
        List<Map<String, String>> rows = Fixtures.select(store, """
                SELECT ?h ?s ?n ?latest ?date { ?p stp:positionHolder ?h ; stp:positionIssue <%s> ; stp:positionStance ?st ;
                       stp:statementCount ?n ; stp:latestStatement ?latest . ?st skos:prefLabel ?s
                       OPTIONAL { ?p stp:latestDate ?date } }""".formatted(PATROLS));
        Set<String> out = new TreeSet<>();
        for (Map<String, String> r : rows) {
            String key = articleKey(r.get("latest"));
            out.add(row(r.get("h"), r.get("s"), Integer.parseInt(r.get("n")), key, r.get("date")));
        }
        return out;
    }

    private static String row(String holder, String stance, int count, String latestArticle, String date) {
        return holder + " " + stance + " " + count + " " + latestArticle + " " + date;
    }

    /** One article in which each speaker says one thing about armed patrols, with the given stance. */
    private static Extraction article(String key, String date, Said... said) {
        StringBuilder text = new StringBuilder();
        for (Said s : said) {
            if (s.holder() != null) text.append(s.holder()).append(" was asked. ");
            text.append(s.name()).append(" said: “").append(s.words()).append(".” ");
        }
        String t = text.toString();
        Map<String, Actor> actors = new LinkedHashMap<>();
        List<Statement> statements = new ArrayList<>();
        for (Said s : said) {
            Actor speaker = actors.computeIfAbsent(s.name(), n -> actor("p" + actors.size(), n, t));
            Actor holder = s.holder() == null ? speaker : actors.computeIfAbsent(s.holder(), n -> actor("p" + actors.size(), n, t));
            statements.add(new Statement(speaker.id(), holder.id(), CorrectionCommandsTest.span(t, s.words()),
                    speaker.mentions().get(0), null, true, s.stance(), "i1", null, 0.9));
        }
        return new Extraction(new Article(key, null, "Armed patrols", date, null, t, key + ".txt"), List.copyOf(actors.values()),
                List.of(), List.of(new Issue("i1", "Armed patrols", "armed-patrols")), statements);
    }

    private static Actor actor(String id, String name, String text) {
        return new Actor(id, ActorType.PERSON, name, List.of(), null, null, List.of(CorrectionCommandsTest.span(text, name)));
    }

    private static OutputStream fileOut(Path p) {
        try {
            return Files.newOutputStream(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
