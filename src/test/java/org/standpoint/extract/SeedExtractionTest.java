package org.standpoint.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standpoint.model.Actor;
import org.standpoint.model.ActorType;
import org.standpoint.model.Article;
import org.standpoint.model.Extraction;
import org.standpoint.model.Membership;
import org.standpoint.model.Statement;
import org.standpoint.read.ArticleReader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The seed article through the real CoreNLP pipeline and the attribution engine: who, in which role, said what. */
class SeedExtractionTest {
    private static Extraction x;
    private static String text;

    @BeforeAll
    static void extract(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("met-armed-patrols.txt");
        try (InputStream in = SeedExtractionTest.class.getResourceAsStream("/demo/met-armed-patrols.txt")) {
            Files.copy(in, file);
        }
        Article seed = new ArticleReader().read(List.of(file), e -> fail(e.toString())).findFirst().orElseThrow();
        assertEquals("Is The Met Police Really Going To Introduce Armed Patrols?", seed.title());
        assertEquals("HuffPost UK", seed.publisher());
        text = seed.text();
        x = new Extractor().extract(seed);
    }

    @Test
    void findsEachPersonOnceWithAliasesAndHonorifics() {
        assertEquals(1, people("Cressida Dick").size());
        Actor house = person("Stephen House");
        assertEquals("Sir", house.honorific());
        assertTrue(house.aliases().contains("Sir Stephen House"), house.aliases().toString());
        person("Len Duvall");
        assertTrue(person("Sadiq Khan").aliases().contains("Khan"));
        Actor harris = person("Lord Harris");
        assertEquals("Lord", harris.honorific());
        assertEquals(5, x.actors().stream().filter(Actor::isPerson).count(), x.actors().toString());
    }

    @Test
    void findsOrganisationsWithTheirShortNames() {
        Actor met = organisation("Metropolitan Police");
        assertTrue(met.aliases().contains("Met"), met.aliases().toString());
        assertTrue(met.aliases().stream().anyMatch(a -> a.equalsIgnoreCase("the force")), met.aliases().toString());
        organisation("London Assembly");
        organisation("House of Lords");
        organisation("Labour Party");
        organisation("Met Police Authority");
    }

    @Test
    void findsRolesWithTheirInstitutions() {
        assertRole("Cressida Dick", "commissioner", "Metropolitan Police", true);
        assertRole("Stephen House", "Assistant Commissioner", "Metropolitan Police", true);
        assertRole("Sadiq Khan", "Mayor of London", null, true);
        assertRole("Len Duvall", "member", "London Assembly", true);
        assertRole("Len Duvall", "member", "Labour Party", true);
        assertRole("Len Duvall", "chair", "Met Police Authority", false);
        assertRole("Lord Harris", "peer", "House of Lords", true);
        assertRole("Lord Harris", "member", "Labour Party", true);
        for (Membership m : x.memberships()) {
            Actor member = x.actor(m.memberId()).orElseThrow();
            assertTrue(!member.name().toLowerCase().contains(m.role().toLowerCase()), "role word in a name: " + member.name());
        }
    }

    @Test
    void eachRoleIsStatedOnceAndNothingElse() {
        // a party role already says membership, a role without its organisation repeats one with it: neither is kept
        List<String> roles = x.memberships().stream().map(m -> x.actor(m.memberId()).orElseThrow().name() + ": "
                + m.role().toLowerCase() + " @ " + (m.organizationId() == null ? "-" : x.actor(m.organizationId()).orElseThrow().name())
                + (m.current() ? "" : " (former)")).sorted().toList();
        assertEquals(List.of("Cressida Dick: commissioner @ Metropolitan Police",
                "Len Duvall: chair @ Met Police Authority (former)",
                "Len Duvall: member @ Labour Party",
                "Len Duvall: member @ London Assembly",
                "Lord Harris: member @ Labour Party",
                "Lord Harris: peer @ House of Lords",
                "Sadiq Khan: mayor of london @ -",
                "Stephen House: assistant commissioner @ Metropolitan Police"), roles);
    }

    @Test
    void attributesStatementsToTheRightSpeakerWithSpansAndCues() {
        // speaker (or holder), words inside the content span, cue as written (null: carried over from the previous speaker)
        String[][] expected = {
                {"Cressida Dick", "the move would only be used in extreme circumstances", "told"},
                {"Metropolitan Police", "the move would become routine", "denied"},
                {"Metropolitan Police", "The purpose of any such initiative must be", "read"},
                {"Stephen House", "We are not considering routine deployments", "said"},
                {"Stephen House", "As part of our response to the increase in violent crime", null},
                {"Stephen House", "any deployments would be for a", "added"},
                {"Stephen House", "We will continue to work closely with a range of stakeholders", null},
                {"Metropolitan Police", "it contacted a community group", "confirmed"},
                {"Len Duvall", "Sadiq Khan to step in", "called for"},
                {"Len Duvall", "Now the police with guns are in cars", "said"},
                {"Len Duvall", "Police walking around a council estate with guns is a crazy thing", null},
                {"Len Duvall", "Sadiq Khan should step in and stop this pending a full consultation", "added"},
                {"Sadiq Khan", "The mayor is crystal clear", "said"},
                {"Lord Harris", "the move would be seen as", "said"},
                {"Lord Harris", "It will inspire fear rather than reassurance", "told"},
        };
        for (String[] e : expected) {
            Statement s = statement(e[1]).orElseGet(() -> fail("no statement with \"" + e[1] + "\": " + summary()));
            String speaker = x.actor(s.speakerId()).orElseThrow().name();
            String holder = x.actor(s.holderId()).orElseThrow().name();
            assertTrue(speaker.equals(e[0]) || holder.equals(e[0]),
                    "\"" + e[1] + "\" said by " + speaker + " for " + holder + ", expected " + e[0]);
            if (e[2] != null) {
                assertNotNull(s.cue(), "no cue for " + e[1]);
                // the cue as the tagger marks it, with its auxiliary where it has one ("has denied")
                assertTrue(s.cue().text().matches("(?s)(.*\\W)?" + e[2] + "(\\W.*)?"), "cue '" + s.cue().text() + "', expected " + e[2]);
            }
            assertEquals(s.content().text(), text.substring(s.content().begin(), s.content().end()), "offsets index the text");
        }
    }

    @Test
    void sourceSpansAreTheMentionsAsWritten() {
        Statement harris = statement("It will inspire fear").orElseThrow();
        assertEquals("he", harris.source().text());
        assertTrue(harris.direct());
        Statement office = statement("The mayor is crystal clear").orElseThrow();
        assertEquals("Khan’s office", office.source().text());
        assertEquals(ActorType.OFFICE, x.actor(office.speakerId()).orElseThrow().type());
        Statement dick = statement("only be used in extreme circumstances").orElseThrow();
        assertTrue(dick.source().text().endsWith("Cressida Dick"));
        assertTrue(!dick.direct());
    }

    @Test
    void multiParagraphQuoteIsOneStatementPerParagraph() {
        Statement first = statement("Now the police with guns").orElseThrow();
        Statement second = statement("Police walking around a council estate").orElseThrow();
        assertTrue(first.content().end() < second.content().begin());
        assertEquals(first.speakerId(), second.speakerId());
        assertTrue(!first.content().text().contains("Police walking"));
    }

    private Optional<Statement> statement(String words) {
        return x.statements().stream().filter(s -> s.content().text().contains(words)).findFirst();
    }

    private String summary() {
        StringBuilder sb = new StringBuilder();
        for (Statement s : x.statements()) {
            sb.append("\n  ").append(x.actor(s.speakerId()).map(Actor::name).orElse("?")).append(": ").append(s.content().text());
        }
        return sb.toString();
    }

    private List<Actor> people(String name) {
        return x.actors().stream().filter(a -> a.isPerson() && a.name().equals(name)).toList();
    }

    private Actor person(String name) {
        List<Actor> found = people(name);
        assertEquals(1, found.size(), "person " + name + " in " + x.actors());
        return found.get(0);
    }

    private Actor organisation(String name) {
        return x.actors().stream().filter(a -> a.type() == ActorType.ORGANIZATION && a.name().equals(name)).findFirst()
                .orElseGet(() -> fail("organisation " + name + " in " + x.actors()));
    }

    private void assertRole(String person, String role, String org, boolean current) {
        Actor p = person(person);
        boolean found = x.memberships().stream().anyMatch(m -> m.memberId().equals(p.id())
                && m.role().equalsIgnoreCase(role) && m.current() == current
                && (org == null ? m.organizationId() == null
                : x.actor(m.organizationId()).map(a -> a.name().equals(org)).orElse(false)));
        assertTrue(found, person + " as " + role + " of " + org + " in " + x.memberships());
    }
}
