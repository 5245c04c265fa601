package org.standpoint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

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
        List<Map<String, String>> duvall = rows(query("roles-over-time"));
        assertTrue(duvall.contains(Map.of("personLabel", "Len Duvall", "from", "", "to", "", "roleLabel", "chair",
                "organisationLabel", "Met Police Authority", "statedCurrent", "false", "statedFormer", "true",
                "articles", "1", "person", ID + "person/len-duvall")), duvall::toString);
        assertTrue(duvall.stream().anyMatch(r -> r.get("roleLabel").equals("member")
                && r.get("organisationLabel").equals("London Assembly") && r.get("statedCurrent").equals("true")), duvall::toString);

        List<Map<String, String>> umunna = rows(query("roles-over-time", "name=Umunna"));
        assertTrue(umunna.stream().anyMatch(r -> r.get("roleLabel").equals("MP") && r.get("organisationLabel").equals("Labour Party")
                && r.get("from").equals("2018-09-04") && r.get("to").equals("2018-09-04")), umunna::toString);
    }

    @Test
    void statementsMadeInOneCapacity() {
        List<Map<String, String>> rows = rows(query("capacity-statements", "organisationName=Metropolitan"));
        assertTrue(rows.stream().anyMatch(r -> r.get("speakerLabel").equals("Cressida Dick") && r.get("roleLabel").equals("commissioner")
                && r.get("text").contains("extreme circumstances")), rows::toString);
        assertTrue(rows.stream().anyMatch(r -> r.get("speakerLabel").equals("Stephen House")
                && r.get("roleLabel").equals("assistant commissioner")
                && r.get("text").contains("We are not considering routine deployments")), rows::toString);
        assertTrue(rows.stream().allMatch(r -> r.get("organisationLabel").equals("Metropolitan Police")), rows::toString);

        List<Map<String, String>> chairs = rows(query("capacity-statements", "roleName=chief executive"));
        assertTrue(!chairs.isEmpty() && chairs.stream().allMatch(r -> r.get("speakerLabel").equals("Katie Ghose")
                && r.get("organisationLabel").equals("Electoral Reform Society")), chairs::toString);
    }

    @Test
    void peopleWithRolesInTwoInstitutions() {
        List<Map<String, String>> assembly = rows(query("people-in-two-institutions"));
        assertTrue(assembly.stream().anyMatch(r -> r.get("personLabel").equals("Len Duvall") && r.get("firstLabel").equals("London Assembly")
                && r.get("secondLabel").equals("Labour Party")), assembly::toString);
        assertTrue(assembly.stream().anyMatch(r -> r.get("personLabel").equals("Len Duvall")
                && r.get("secondLabel").equals("Met Police Authority") && r.get("secondCurrent").equals("false")), assembly::toString);
        assertTrue(assembly.stream().anyMatch(r -> r.get("personLabel").equals("Caroline Pidgeon")
                && r.get("firstLabel").equals("London Assembly") && r.get("secondLabel").equals("Liberal Democrats")), assembly::toString);

        List<Map<String, String>> lords = rows(query("people-in-two-institutions", "firstInstitution=House of Lords",
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
        List<String> args = new ArrayList<>(List.of("query", name, "--db", DevCorpus.database().toString(), "--format", "json"));
        for (String p : params) args.addAll(List.of("--param", p));
        Cli run = Cli.run(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run::toString);
        return run;
    }

    /** The JSON result rows as variable → value; an unbound variable is "". */
    private static List<Map<String, String>> rows(Cli run) {
        try {
            JsonNode results = new ObjectMapper().readTree(run.out());
            List<String> vars = new ArrayList<>();
            results.path("head").path("vars").forEach(v -> vars.add(v.asText()));
            List<Map<String, String>> out = new ArrayList<>();
            results.path("results").path("bindings").forEach(b -> {
                Map<String, String> row = new TreeMap<>();
                for (String v : vars) row.put(v, b.path(v).path("value").asText(""));
                out.add(row);
            });
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
