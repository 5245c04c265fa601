package org.standpoint.cli;

import org.standpoint.query.QueryParameters;
import org.standpoint.query.SavedQuery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.op.OpTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standpoint.store.Store;

/** {@code standpoint query}: saved queries by name, safe parameters, the listing and the output formats. */
class QueryCommandTest {
    private static final String INJECTION = "x\" } ; DROP ALL ; #";

    @Test
    void listNamesEverySavedQueryWithWhatItAnswers() {
        Cli list = Cli.run("query", "--list");
        assertEquals(0, list.exitCode(), list::toString);
        List<String> all = list.out().lines().toList();
        List<String> lines = all.stream().filter(l -> !l.startsWith(" ")).toList();
        assertEquals(SavedQuery.bundled().size(), lines.size(), list::toString);
        // each query's parameters under it, as its header describes them
        int at = all.indexOf(all.stream().filter(l -> l.startsWith("actor-positions ")).findFirst().orElseThrow());
        assertTrue(all.get(at + 1).matches("    name +part of the actor's rdfs:label.*\\(default \"Harris\".*"), all.get(at + 1));
        assertTrue(all.get(at + 2).startsWith("actor-stances "), all.get(at + 2));
        assertTrue(lines.size() >= 12, list::toString);
        String positions = lines.stream().filter(l -> l.startsWith("actor-positions ")).findFirst().orElseThrow();
        // the answers header runs over two comment lines; both halves are shown
        assertTrue(positions.contains("What positions has this actor taken"), positions);
        assertTrue(positions.contains("what exactly does the article say?"), positions);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("who-opposes ") && l.contains("?")), list::toString);
    }

    @Test
    void tableOfAnActorsPositions() {
        Cli q = Cli.run("query", "actor-positions", "--db", Seed.database().toString(), "--param", "name=Harris");
        assertEquals(0, q.exitCode(), q::toString);
        assertTrue(q.out().contains("| actorLabel"), q::toString);
        assertTrue(q.out().contains("\"Lord Harris\""), q::toString);
        assertTrue(q.out().contains(Seed.HARRIS_QUOTE), q::toString);
    }

    @Test
    void csvAndJsonAndAQueryFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("labels.rq");
        Files.writeString(file, """
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?label { ?p a <http://xmlns.com/foaf/0.1/Person> ; rdfs:label ?label } ORDER BY ?label""");
        Cli csv = Cli.run("query", file.toString(), "--db", Seed.database().toString(), "--format", "csv");
        assertEquals(0, csv.exitCode(), csv::toString);
        assertTrue(csv.out().startsWith("label\r\n"), csv::toString);
        assertTrue(csv.out().contains("\r\nLord Harris\r\n"), csv::toString);

        Cli json = Cli.run("query", "person-roles", "--db", Seed.database().toString(), "--format", "json");
        assertEquals(0, json.exitCode(), json::toString);
        assertTrue(json.out().contains("\"bindings\""), json::toString);
        assertTrue(json.out().contains("Lord Harris"), json::toString);
    }

    @Test
    void aValueCannotInjectSparql() {
        String query = SavedQuery.named("actor-positions").text();
        Query parsed = QueryFactory.create(query);
        String filled = QueryParameters.substitute(query, Map.of("name", List.of(INJECTION)), parsed.getPrefixMapping());
        assertTrue(filled.contains("VALUES ?name { \"x\\\" } ; DROP ALL ; #\" }   # param: name"), filled);
        // the whole value is one literal of the one VALUES row, character for character
        Query q = QueryFactory.create(filled);
        List<String> values = new java.util.ArrayList<>();
        // compiled, so the VALUES inside the sub-select is reached too
        OpWalker.walk(Algebra.compile(q), new OpVisitorBase() {
            @Override
            public void visit(OpTable table) {
                table.getTable().rows().forEachRemaining(b -> b.vars().forEachRemaining(v -> values.add(b.get(v).getLiteralLexicalForm())));
            }
        });
        assertEquals(List.of(INJECTION), values);

        long before = quads();
        Cli run = Cli.run("query", "actor-positions", "--db", Seed.database().toString(), "--param", "name=" + INJECTION);
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(!run.out().contains("Lord Harris"), "no actor is called that: " + run);
        assertEquals(before, quads(), "the store is untouched");

        // the literal form (jena-text's query string) takes the same way
        String find = SavedQuery.named("find-actor").text();
        String foundFilled = QueryParameters.substitute(find, Map.of("name", List.of(INJECTION)),
                QueryFactory.create(find).getPrefixMapping());
        assertEquals(2, foundFilled.split("\"x\\\\\" } ; DROP ALL ; #\"", -1).length - 1, foundFilled);
        QueryFactory.create(foundFilled);
    }

    @Test
    void iriParametersAcceptPrefixedNamesAndRefuseAnythingElse() {
        Cli oppose = Cli.run("query", "who-supports", "--db", Seed.database().toString(),
                "--param", "stance=stp:oppose", "--param", "issueName=armed");
        assertEquals(0, oppose.exitCode(), oppose::toString);
        assertTrue(oppose.out().contains("Lord Harris"), oppose::toString);

        for (String bad : List.of("stp:oppose> } ; DROP ALL ; #", "<https://example.org/a> } DROP ALL {", "nope:oppose", "oppose")) {
            Cli run = Cli.run("query", "who-supports", "--db", Seed.database().toString(), "--param", "stance=" + bad);
            assertEquals(2, run.exitCode(), bad + "\n" + run);
            assertTrue(run.err().startsWith("error: parameter 'stance'"), run::toString);
        }
        String query = SavedQuery.named("who-supports").text();
        assertThrows(IllegalArgumentException.class, () -> QueryParameters.substitute(query,
                Map.of("stance", List.of("stp:x>")), QueryFactory.create(query).getPrefixMapping()));
    }

    @Test
    void mistakesAreOneLineErrors(@TempDir Path dir) {
        Cli unknownParam = Cli.run("query", "actor-positions", "--db", Seed.database().toString(), "--param", "who=Harris");
        assertEquals(2, unknownParam.exitCode());
        assertEquals("error: unknown parameter 'who' (this query takes: name)", unknownParam.err().strip());

        Cli unknownQuery = Cli.run("query", "no-such-query", "--db", Seed.database().toString());
        assertEquals(2, unknownQuery.exitCode());
        assertTrue(unknownQuery.err().contains("actor-positions"), "lists the saved queries: " + unknownQuery);

        Cli noDb = Cli.run("query", "actor-positions", "--db", dir.resolve("nowhere").toString());
        assertNotEquals(0, noDb.exitCode());
        assertTrue(noDb.err().startsWith("error: no database in "), noDb::toString);
        assertTrue(!Files.exists(dir.resolve("nowhere")), "query does not create a database");
    }

    private static long quads() {
        try (Store store = Store.open(Seed.database())) {
            return store.quadCount();
        }
    }
}
