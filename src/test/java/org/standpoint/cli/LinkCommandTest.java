package org.standpoint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standpoint.link.LinkFixtures;
import org.standpoint.link.WithWikidataFixture;
import org.standpoint.store.Fixtures;
import org.standpoint.store.Store;

/** {@code standpoint link} and {@code load --link} against a real Fuseki serving the Wikidata-shaped fixture. */
class LinkCommandTest extends WithWikidataFixture {

    @Test
    void linksThenAsksNothingTheSecondTime(@TempDir Path dir) {
        Path db = dir.resolve("db");
        LinkFixtures.store(db).close();

        Cli first = Cli.run("link", "--db", db.toString(), "--endpoint", wikidata.endpoint());
        assertEquals(0, first.exitCode(), first::toString);
        assertTrue(first.out().lines().anyMatch(l -> l.matches("linked +Stephen House +Q9400001 +1\\.00")), first::toString);
        assertTrue(first.out().lines().anyMatch(l -> l.matches("review +John Smith +Q9400050 0\\.50 Q9400051 0\\.50")), first::toString);
        // each decision says why: the evidence, then the verdict
        assertTrue(first.out().contains("Q9400050: name 'John Smith' is the Wikidata label; human (Q5); "), first::toString);
        assertTrue(first.out().contains("not linked: the best, Q9400050, is under the threshold (0.50 < 0.70)"),
                first::toString);
        assertTrue(first.out().contains("member Len Duvall (Q9400040) holds 'London Assembly Member'"), first::toString);
        assertTrue(first.out().lines().anyMatch(l -> l.equals("none    Priya Sharma")), first::toString);
        assertTrue(first.err().contains("linked 9 of 11 actors, 1 to review, 1 without candidates"), first::toString);

        Cli second = Cli.run("link", "--db", db.toString(), "--endpoint", wikidata.endpoint(), "--country", "Q145");
        assertEquals(0, second.exitCode(), second::toString);
        assertTrue(second.err().contains("(0 requests,"), second::toString);
        // the cache answers the same questions; the country is new evidence, not a new question
        assertTrue(second.err().contains("linked 9 of 11 actors"), second::toString);
    }

    @Test
    void deadEndpointIsOneLineAndChangesNothing(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("db");
        long quads;
        try (Store store = LinkFixtures.store(db)) {
            quads = store.quadCount();
        }
        String dead;
        try (ServerSocket s = new ServerSocket(0)) {
            dead = "http://localhost:" + s.getLocalPort() + "/sparql";
        }
        Cli run = Cli.run("link", "--db", db.toString(), "--endpoint", dead, "--retries", "1", "--timeout", "2");
        assertEquals(1, run.exitCode(), run::toString);
        List<String> lines = run.err().lines().toList();
        assertEquals(1, lines.size(), run::toString);
        assertTrue(lines.get(0).startsWith("error: cannot reach " + dead + ": "), run::toString);
        assertTrue(lines.get(0).endsWith("(nothing was changed)"), run::toString);
        try (Store store = Store.open(db)) {
            assertEquals(quads, store.quadCount());
        }
    }

    @Test
    void badCountryIsAUsageError(@TempDir Path dir) {
        Path db = dir.resolve("db");
        LinkFixtures.store(db).close();
        Cli run = Cli.run("link", "--db", db.toString(), "--endpoint", wikidata.endpoint(), "--country", "UK");
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("--country wants a Wikidata id like Q145"), run::toString);
    }

    /**
     * The seed article through CoreNLP, then linked: its Labour peer is the fixture's Toby Harris. The seed carries
     * no date, and without one the late Labour Lord Harris fits as well (he stays a candidate for review), so the
     * copy gets a DATE header.
     */
    @Test
    void loadWithLink(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("db");
        Path seed = Seed.copyTo(dir);
        Files.writeString(seed, "DATE: 2018-05-10\n\n" + Files.readString(seed));
        Cli run = Cli.run("load", seed.toString(), "--db", db.toString(), "--link",
                "--endpoint", wikidata.endpoint());
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.err().contains("loaded 1 article"), run::toString);
        assertTrue(run.err().matches("(?s).*linked \\d+ of \\d+ actors.*"), run::toString);
        try (Store store = Store.open(db)) {
            List<Map<String, String>> harris = Fixtures.select(store, """
                    SELECT ?x WHERE { ?p rdfs:label ?l FILTER(CONTAINS(?l, "Harris"))
                      ?p <http://www.w3.org/2002/07/owl#sameAs> ?x }""");
            assertTrue(harris.stream().anyMatch(r -> r.get("x").equals("http://www.wikidata.org/entity/Q9400010")),
                    harris + "\n" + run);
        }
    }
}
