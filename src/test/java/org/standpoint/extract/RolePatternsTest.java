package org.standpoint.extract;

import org.junit.jupiter.api.Test;
import org.standpoint.model.Actor;
import org.standpoint.model.ActorType;
import org.standpoint.model.Article;
import org.standpoint.model.Extraction;
import org.standpoint.model.Membership;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Each role pattern on a hand-written article (invented people and bodies) through the real CoreNLP pipeline:
 * the membership found, with its organisation and whether it is current.
 */
class RolePatternsTest {
    private static final Extractor EXTRACTOR = new Extractor();

    @Test
    void councilTitlesWardsAndPartyGroupsOnTheCouncil() {
        Extraction x = extract("""
                Conservative leader Cllr. Jane Marlow tabled the motion at the full meeting of Eastbrook Council tonight.

                Labour’s leader of the council, Cllr. Peter Hale, said his party would vote against it.

                Northgate Ward’s Cllr. Amir Shah said the vote would be close.""");
        assertRole(x, "Jane Marlow", "leader", "Eastbrook Council", true);
        assertRole(x, "Jane Marlow", "member", "Conservative Party", true);
        assertRole(x, "Peter Hale", "leader of the council", "Eastbrook Council", true);
        assertRole(x, "Peter Hale", "member", "Labour Party", true);
        assertRole(x, "Amir Shah", "councillor for Northgate Ward", "Eastbrook Council", true);
        assertEquals("Cllr", person(x, "Amir Shah").honorific());
        assertTrue(x.actors().stream().noneMatch(a -> a.name().contains("Northgate")), "a ward is a place: " + x.actors());
    }

    @Test
    void standAloneRoleIsTheLatestPersonOrTheOneTheLeadNamesNext() {
        Extraction x = extract("""
                Labour MP Dana Whitfield has attacked the plan to close rural stations.

                The former shadow transport secretary said the closures would cut off whole villages.""");
        assertRole(x, "Dana Whitfield", "MP", "Labour Party", true);
        assertRole(x, "Dana Whitfield", "shadow transport secretary", null, false);

        Extraction lead = extract("""
                The home secretary will set out new powers for the police next week.

                Ministers expect the plan to be popular with voters, Robert Payne said on Tuesday.""");
        assertRole(lead, "Robert Payne", "home secretary", null, true);
    }

    @Test
    void partyChiefIsItsLeaderAndTheSpeakerSitsInTheCommons() {
        Extraction x = extract("""
                Labour chief Tom Ellery asked for an urgent debate in the House of Commons.

                Speaker Lucy Barnes refused the request on Monday.""");
        assertRole(x, "Tom Ellery", "leader", "Labour Party", true);
        assertFalse(has(x, "Tom Ellery", "member", "Labour Party"), "leading a party already says membership: " + x.memberships());
        assertRole(x, "Lucy Barnes", "speaker", "House of Commons", true);
    }

    @Test
    void aCountryBeforeARoleSaysWhereNotWhichBody() {
        Extraction x = extract("Norway’s leader Ingrid Dahl welcomed the agreement on Friday.");
        assertRole(x, "Ingrid Dahl", "leader of Norway", null, true);
        assertTrue(x.actors().stream().noneMatch(a -> a.type() == ActorType.ORGANIZATION && a.name().equals("Norway")));
    }

    @Test
    void clausesStateRolesHeldAndRolesEnded() {
        Extraction x = extract("""
                Mary Olsen, who chairs the Riverside Housing Association, said rents would rise.

                Greg Pollard’s removal as chairman of the Harbour Trust in May surprised its members.""");
        assertRole(x, "Mary Olsen", "chair", "Riverside Housing Association", true);
        assertRole(x, "Greg Pollard", "chairman", "Harbour Trust", false);
    }

    @Test
    void personNamedWithAnOrganisationLeadsItWhenTheArticleSpeaksOfLeaders() {
        Extraction x = extract("""
                Union leaders have rejected the latest pay offer from ministers.

                Unison’s Karen Mills said the offer was an insult to nurses.""");
        assertRole(x, "Karen Mills", "union leader", "Unison", true);
    }

    @Test
    void titleAsHonorificWithItsOrganisationInApposition() {
        Extraction x = extract("""
                "We will keep marching until the law changes," said Rev. Samuel Okafor, Grace Baptist Church.""");
        assertRole(x, "Samuel Okafor", "reverend", "Grace Baptist Church", true);
        assertEquals("Rev", person(x, "Samuel Okafor").honorific());
    }

    @Test
    void partyMemberOfTheBodyWhoseMembersTheArticleCounts() {
        Extraction x = extract("""
                Riverside Assembly members questioned the commissioner for two hours.

                Lib-Dem member Helen Fox said the answers were not good enough.""");
        assertRole(x, "Helen Fox", "member", "Riverside Assembly", true);
        assertRole(x, "Helen Fox", "member", "Liberal Democrats", true);
    }

    @Test
    void aPlaceThatNamesABodyIsThatBody() {
        Extraction x = extract("""
                The Metropolitan Police has opened an inquiry into the leak.

                Scotland Yard said on Friday that two officers had been suspended.""");
        List<Actor> orgs = x.actors().stream().filter(a -> a.type() == ActorType.ORGANIZATION).toList();
        assertEquals(1, orgs.size(), orgs.toString());
        assertEquals("Metropolitan Police", orgs.get(0).name());
        assertTrue(orgs.get(0).aliases().contains("Scotland Yard"), orgs.get(0).aliases().toString());
    }

    @Test
    void partyNamesOfTwoWordsShadowPostsAndWhoseDeputy() {
        Extraction x = extract("""
                Lib Dem leader Colin Marsh repeated his call for a pause.

                Conservative shadow transport secretary Ruth Dale said the plan was rushed.

                Ms Porter's deputy, Alan Finch, said the plan would go ahead.""");
        assertRole(x, "Colin Marsh", "leader", "Liberal Democrats", true);
        assertRole(x, "Ruth Dale", "shadow transport secretary", "Conservative Party", true);
        assertTrue(x.actors().stream().noneMatch(a -> a.type() == ActorType.ORGANIZATION && a.name().contains("Porter")),
                "a person's name is not a body: " + x.actors());
    }

    @Test
    void itsRoleIsHeldInTheBodyNamedBefore() {
        Extraction x = extract("""
                The Eastbrook Housing Trust criticised the plan on Monday. Its chief executive, Mary Doyle, said tenants would pay more.""");
        assertRole(x, "Mary Doyle", "chief executive", "Eastbrook Housing Trust", true);
    }

    @Test
    void aPersonOfOrFromABodyBelongsToIt() {
        Extraction x = extract("""
                Care plans

                Peter Lowe, from the Local Government Association, said councils were working together.

                Lord Ashby of Eastbrook said the plan was sound.""");
        assertRole(x, "Peter Lowe", "member", "Local Government Association", true);
        assertTrue(x.memberships().stream().noneMatch(m -> m.role().equals("member")
                && x.actor(m.organizationId()).map(a -> a.name().contains("Eastbrook")).orElse(false)), "a place is no body: " + x.memberships());
    }

    @Test
    void organisationNamesRepairedWhereTheTaggerCutsThemWrong() {
        Extraction x = extract("""
                The Coastal Waters and Harbours Bill would give councils new powers, the Harbour Board said. The
                Gambling Bill would not.

                Dr Nia Pryce, Welsh secretary of the Union of Ferry Workers, said the Coastal Waters (Miscellaneous
                Provisions) Act had already failed.

                The ferry workers took their appeal to the House of Lords after the Court of Appeal backed the ministry
                before the General Election.

                Owen Bevan, spokesman for the Foundation for the Study of Coastal Towns, said ministers had failed.""");
        assertRole(x, "Nia Pryce", "Welsh secretary", "Union of Ferry Workers", true);
        assertRole(x, "Owen Bevan", "spokesman", "Foundation for the Study of Coastal Towns", true);
        List<String> bodies = x.actors().stream().filter(a -> a.type() == ActorType.ORGANIZATION).map(Actor::name).toList();
        assertTrue(bodies.containsAll(List.of("Harbour Board", "House of Lords", "Court of Appeal")), bodies.toString());
        assertTrue(x.actors().stream().noneMatch(a -> a.name().equals("Bill")), "a law's last word: " + x.actors());
        assertTrue(bodies.stream().noneMatch(b -> b.contains("Coastal Waters") || b.equals("Welsh") || b.contains("after")
                || b.contains("Election")), bodies.toString());
    }

    private static Extraction extract(String text) {
        return EXTRACTOR.extract(new Article("t", null, null, null, null, text, "t"));
    }

    private static Actor person(Extraction x, String name) {
        List<Actor> found = x.actors().stream().filter(a -> a.isPerson() && a.name().equals(name)).toList();
        assertEquals(1, found.size(), "person " + name + " in " + x.actors());
        return found.get(0);
    }

    private static boolean has(Extraction x, String person, String role, String org) {
        Actor p = person(x, person);
        return x.memberships().stream().anyMatch(m -> m.memberId().equals(p.id()) && m.role().equalsIgnoreCase(role)
                && (org == null ? m.organizationId() == null
                : x.actor(m.organizationId()).map(a -> a.name().equals(org)).orElse(false)));
    }

    private static Membership membership(Extraction x, String person, String role) {
        Actor p = person(x, person);
        return x.memberships().stream().filter(m -> m.memberId().equals(p.id()) && m.role().equalsIgnoreCase(role))
                .findFirst().orElseGet(() -> fail(person + " as " + role + " in " + x.memberships()));
    }

    private static void assertRole(Extraction x, String person, String role, String org, boolean current) {
        Membership m = membership(x, person, role);
        Actor p = person(x, person);
        boolean found = x.memberships().stream().anyMatch(o -> o.memberId().equals(p.id()) && o.role().equalsIgnoreCase(role)
                && o.current() == current && (org == null ? o.organizationId() == null
                : x.actor(o.organizationId()).map(a -> a.name().equals(org)).orElse(false)));
        assertTrue(found, person + " as " + role + " of " + org + (current ? "" : " (former)") + " in " + x.memberships()
                + " first found " + m + "; actors " + x.actors());
        assertFalse(p.name().toLowerCase().contains(role.toLowerCase()), "role word in a name: " + p.name());
    }
}
