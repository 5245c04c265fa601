package org.standpoint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.standpoint.store.Fixtures;
import org.standpoint.store.Store;

/**
 * The saved queries about roles and capacities, run by {@code standpoint query} on the dev corpus as the loader
 * stores it, and the capacity every role holder's statement carries.
 */
class IdentityQueriesTest {
    private static final String ID = Fixtures.BASE;

    @Test
    void rolesOverTimeGiveEachRoleItsDatesAndWhetherItIsFormer() {
        List<Map<String, String>> duvall = csv(query("roles-over-time"));
        assertTrue(duvall.contains(Map.of("personLabel", "Len Duvall", "from", "", "to", "", "roleLabel", "chair",
                "organisationLabel", "Met Police Authority", "statedCurrent", "false", "statedFormer", "true",
                "articles", "1", "person", ID + "person/len-duvall")), duvall::toString);
        assertTrue(duvall.stream().anyMatch(r -> r.get("roleLabel").equals("member")
                && r.get("organisationLabel").equals("London Assembly") && r.get("statedCurrent").equals("true")), duvall::toString);

        List<Map<String, String>> umunna = csv(query("roles-over-time", "name=Umunna"));
        assertTrue(umunna.stream().anyMatch(r -> r.get("roleLabel").equals("MP") && r.get("organisationLabel").equals("Labour Party")
                && r.get("from").equals("2018-09-04") && r.get("to").equals("2018-09-04")), umunna::toString);
    }

    @Test
    void statementsMadeInOneCapacity() {
        List<Map<String, String>> rows = csv(query("capacity-statements", "organisationName=Metropolitan"));
        assertTrue(rows.stream().anyMatch(r -> r.get("speakerLabel").equals("Cressida Dick") && r.get("roleLabel").equals("commissioner")
                && r.get("text").contains("extreme circumstances")), rows::toString);
        assertTrue(rows.stream().anyMatch(r -> r.get("speakerLabel").equals("Stephen House")
                && r.get("roleLabel").equals("assistant commissioner")
                && r.get("text").contains("We are not considering routine deployments")), rows::toString);
        assertTrue(rows.stream().allMatch(r -> r.get("organisationLabel").equals("Metropolitan Police")), rows::toString);

        List<Map<String, String>> chairs = csv(query("capacity-statements", "roleName=chief executive"));
        assertTrue(!chairs.isEmpty() && chairs.stream().allMatch(r -> r.get("speakerLabel").equals("Katie Ghose")
                && r.get("organisationLabel").equals("Electoral Reform Society")), chairs::toString);
    }

    @Test
    void peopleWithRolesInTwoInstitutions() {
        List<Map<String, String>> assembly = csv(query("people-in-two-institutions"));
        assertTrue(assembly.stream().anyMatch(r -> r.get("personLabel").equals("Len Duvall") && r.get("firstLabel").equals("London Assembly")
                && r.get("secondLabel").equals("Labour Party")), assembly::toString);
        assertTrue(assembly.stream().anyMatch(r -> r.get("personLabel").equals("Len Duvall")
                && r.get("secondLabel").equals("Met Police Authority") && r.get("secondCurrent").equals("false")), assembly::toString);
        assertTrue(assembly.stream().allMatch(r -> r.get("personLabel").equals("Len Duvall")), assembly::toString);

        List<Map<String, String>> lords = csv(query("people-in-two-institutions", "firstInstitution=House of Lords",
                "secondInstitution=Labour"));
        assertEquals(List.of("Lord Harris"), lords.stream().map(r -> r.get("personLabel")).distinct().toList());
    }

    /** Every statement whose speaker, or whom an office speaks for, holds a role the article states, says in which. */
    @Test
    void everyStatementOfARoleHolderHasItsCapacity() {
        try (Store store = Store.open(DevCorpus.database())) {
            assertEquals(List.of(), Fixtures.select(store, """
                    SELECT ?statement ?who { GRAPH ?g {
                      ?statement stp:speaker ?speaker ; stp:holder ?holder .
                      ?m <http://www.w3.org/ns/org#member> ?who ; stp:current true .
                      FILTER ( ?who = ?speaker || ?who = ?holder )
                      FILTER NOT EXISTS { ?statement stp:capacity ?any } } }"""));
            String seed = DevCorpus.article("00").article().key();
            List<Map<String, String>> office = Fixtures.select(store, """
                    SELECT ?m { GRAPH <%s> { ?s stp:speaker <%sorg/sadiq-khan-s-office> ; stp:capacity ?m } }"""
                    .formatted(Fixtures.articleGraph(seed), ID));
            assertTrue(!office.isEmpty() && office.stream().allMatch(r -> r.get("m").equals(ID + "membership/sadiq-khan--mayor-of-london")),
                    "Khan's office speaks for the Mayor of London: " + office);
        }
    }

    private static Cli query(String name, String... params) {
        List<String> args = new java.util.ArrayList<>(List.of("query", name, "--db", DevCorpus.database().toString(), "--format", "csv"));
        for (String p : params) args.addAll(List.of("--param", p));
        Cli run = Cli.run(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run::toString);
        return run;
    }

    /** CSV rows as column → value; the saved queries' values hold no quotes or line breaks that matter here. */
    private static List<Map<String, String>> csv(Cli run) {
        List<List<String>> lines = run.out().lines().map(IdentityQueriesTest::fields).toList();
        List<String> header = lines.get(0);
        return lines.subList(1, lines.size()).stream().map(f -> {
            Map<String, String> row = new java.util.TreeMap<>();
            for (int i = 0; i < header.size(); i++) row.put(header.get(i), i < f.size() ? f.get(i) : "");
            return row;
        }).toList();
    }

    private static List<String> fields(String line) {
        List<String> out = new java.util.ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"' && quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cur.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
