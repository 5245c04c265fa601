package org.standpoint.extract;

import org.junit.jupiter.api.Test;
import org.standpoint.model.Actor;
import org.standpoint.model.ActorType;
import org.standpoint.model.Article;
import org.standpoint.model.Extraction;
import org.standpoint.model.Statement;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The error classes seen on news the project had never read, each on a short article written for the test
 * (invented people and bodies), through the real CoreNLP pipeline and the shipped attribution model.
 */
class AttributionErrorClassesTest {
    private static final Extractor EXTRACTOR = new Extractor();

    @Test
    void quoteInTheParagraphAfterAColon() {
        Extraction x = extract("""
                Library closures divide Eastbrook

                The council leader, Maria Fenwick, said:

                "We will not close a single library while I am in charge of this council."

                A spokesperson for the Riverside Trust said:

                "The trust has run out of money and the decision is final."
                """);
        assertSaid(x, "We will not close a single library", "Maria Fenwick");
        assertSaid(x, "The trust has run out of money", "Riverside Trust");
    }

    @Test
    void aPronounAfterAQuoteIsTheSpeakerNotThePersonTheQuoteNames() {
        Extraction x = extract("""
                Labour MP Tom Ellery criticised the budget on Monday.

                "Nobody in this town believes that Jane Marlow's plans for the high street will work," he said.
                """);
        assertSaid(x, "Nobody in this town believes", "Tom Ellery");
    }

    @Test
    void sheSaidAfterANewSpeakerIsThatSpeaker() {
        Extraction x = extract("""
                The transport secretary, Helen Moss, said fares would rise by 3% in January.

                The shadow transport secretary, Anna Kerr, said: "These fares will price families off the trains."

                She said her party would freeze fares for two years.
                """);
        assertSaid(x, "her party would freeze fares", "Anna Kerr");
    }

    @Test
    void straightSingleQuotesMixedMarksAndEditorialBrackets() {
        Extraction x = extract("""
                Councillor Sam Porter attacked the mayor on Tuesday.

                Mr Porter said: 'The plan is a disgrace and [Rahman]'s arrogance is to blame for it.'

                Ruth Dale, the opposition leader, said: 'It will cost every household money for years to come.’
                """);
        Statement porter = assertSaid(x, "The plan is a disgrace", "Sam Porter");
        assertTrue(porter.content().text().contains("arrogance is to blame"), "the whole quote: " + porter.content().text());
        assertSaid(x, "It will cost every household", "Ruth Dale");
    }

    @Test
    void anAnswerToAQuestionIsTheAnswerersStatement() {
        Extraction x = extract("""
                The Welfare Bill returns to the Commons next week.

                Asked if Labour would oppose the bill, Mr Peter Hale replied: "We will vote against it at every stage."
                """);
        assertSaid(x, "We will vote against it at every stage", "Peter Hale");
        for (Statement s : x.statements()) {
            assertFalse(s.content().text().contains("Labour would oppose"), "the question is not his: " + s.content().text());
        }
    }

    @Test
    void aDismissalKeepsItsQuotedWordsAsTheContent() {
        Extraction x = extract("""
                Fare rise plan criticised

                The rail union leader, Mick Dunn, dismissed the fare plan as "not workable" on Friday.
                """);
        Statement s = assertSaid(x, "not workable", "Mick Dunn");
        assertFalse(s.content().text().strip().equals("it") || s.content().text().strip().equals("the fare plan"),
                "content: " + s.content().text());
    }

    @Test
    void unnamedSpokespersonSpeaksForTheBodyNamedSpokespersonForThemselves() {
        Extraction x = extract("""
                New curfew powers for police

                A Home Office spokesman said the powers would be used sparingly.

                Barry Hugill of Liberty said the powers were an attack on young people.
                """);
        Statement home = assertSaid(x, "the powers would be used sparingly", null);
        assertEquals("Home Office", actor(x, home.holderId()).name());
        assertSaid(x, "the powers were an attack on young people", "Barry Hugill");
    }

    @Test
    void aCaptionThatRepeatsABodyQuoteIsOneStatement() {
        Extraction x = extract("""
                Council leader Maria Fenwick: 'We will not close a single library in this town'

                The council leader, Maria Fenwick, said on Monday: "We will not close a single library in this town."
                """);
        long repeats = x.statements().stream().filter(s -> s.content().text().contains("We will not close a single library")).count();
        assertEquals(1, repeats, "statements: " + x.statements().stream().map(s -> s.content().text()).toList());
        assertSaid(x, "We will not close a single library", "Maria Fenwick");
    }

    @Test
    void holdersAreActorsNotPronounsOrFragments() {
        Extraction x = extract("""
                Tasers for every officer

                The plan, which critics said would cost 50 million pounds, was announced by the home secretary, who said it would save lives.

                Suspects who were stunned said the guns caused lasting pain, according to a report by the Police Complaints Authority.
                """);
        for (Statement s : x.statements()) {
            Actor holder = actor(x, s.holderId());
            String name = holder.name().toLowerCase(java.util.Locale.ROOT);
            assertFalse(List.of("which", "who", "the", "it", "he", "she", "they").contains(name), "holder " + holder.name());
        }
    }

    @Test
    void aStatementIsAQuoteOrAReportedClauseNotAnIntention() {
        Extraction x = extract("""
                Eastbrook to sell its parks

                The council is expected to sell three parks next year. Ministers want to review the sale.

                Green councillor Ada Quill condemned the sale of the parks. She said the parks were worth more than the council thought.
                """);
        for (Statement s : x.statements()) {
            assertFalse(s.content().text().contains("sell three parks") || s.content().text().contains("review the sale"),
                    "an intention is not a statement: " + s.content().text());
        }
        assertSaid(x, "the parks were worth more", "Ada Quill");
        assertSaid(x, "the sale of the parks", "Ada Quill");
    }

    @Test
    void aNameClosingTheSourcePhraseIsTheSpeaker() {
        Extraction x = extract("""
                Rail timetable under fire

                Liberal Democrat spokeswoman for transport Helen Rigby said: "The new timetable is a mess."

                Ms Moss's deputy, Peter Crane, said the timetable would improve within a month.
                """);
        assertSaid(x, "The new timetable is a mess", "Helen Rigby");
        assertSaid(x, "the timetable would improve", "Peter Crane");
        List<String> organisations = x.actors().stream().filter(a -> a.type() == ActorType.ORGANIZATION).map(Actor::name).toList();
        assertTrue(organisations.contains("Liberal Democrats"), "organisations: " + organisations);
        assertFalse(organisations.contains("Democratic Party"), "organisations: " + organisations);
    }

    @Test
    void theSpokesmanLaterIsStillTheBodyHeSpeaksFor() {
        Extraction x = extract("""
                Asylum children to be returned

                Save the Children said the plan put children at risk.

                A spokesman for the Home Office said the plan was lawful. "We will publish the guidance in May," said the spokesman.
                """);
        Statement later = assertSaid(x, "We will publish the guidance", null);
        assertEquals("Home Office", actor(x, later.holderId()).name());
    }

    @Test
    void ministersAreAGroupAndTheToriesTheirParty() {
        Extraction x = extract("""
                Care reform

                Ministers say the scheme will save money. The Tories say the scheme will fail.
                """);
        Statement ministers = assertSaid(x, "the scheme will save money", null);
        assertEquals(ActorType.GROUP, actor(x, ministers.holderId()).type());
        assertSaid(x, "the scheme will fail", "Conservative Party");
    }

    @Test
    void quotedParagraphsRunTogetherAreAStatementEach() {
        Extraction x = extract("""
                Smoking ban for Eastbrook

                Councillor Nina Shah welcomed the ban. She said: "The time has come for a ban on smoking in pubs. "There is evidence a ban can cut deaths from passive smoking. "But we must also listen to the people who are yet to be persuaded."
                """);
        Statement first = assertSaid(x, "The time has come for a ban", "Nina Shah");
        Statement second = assertSaid(x, "There is evidence a ban can cut deaths", "Nina Shah");
        Statement third = assertSaid(x, "we must also listen", "Nina Shah");
        assertFalse(first.content().text().contains("evidence"), "one paragraph each: " + first.content().text());
        assertFalse(second.content().text().contains("listen"), "one paragraph each: " + second.content().text());
        assertTrue(third.direct());
    }

    @Test
    void aQuoteWithNoCueIsNotTakenByTheSpeakerWhoIntroducesTheNext() {
        Extraction x = extract("""
                Waiting lists in Wales

                Health minister Alice Brand said waiting times had fallen. "But let us not forget that most patients now wait less than six months." Owen Pryce, the opposition health spokesman, said: "It is exactly the same target she set in 1999."
                """);
        assertSaid(x, "But let us not forget", "Alice Brand");
        assertSaid(x, "It is exactly the same target", "Owen Pryce");
    }

    @Test
    void aNumberOrANationalityCutOffANameIsPartOfIt() {
        Extraction x = extract("""
                Curfew powers

                Helen Moss told BBC Radio 4's Today programme that the powers would be used sparingly.

                The Scottish National Party's justice spokesman, Ewan Reid, said the powers went too far.
                """);
        List<String> organisations = x.actors().stream().filter(a -> a.type() == ActorType.ORGANIZATION).map(Actor::name).toList();
        assertTrue(organisations.contains("BBC Radio 4"), "organisations: " + organisations);
        assertTrue(organisations.contains("Scottish National Party"), "organisations: " + organisations);
        assertFalse(organisations.contains("National Party"), "organisations: " + organisations);
    }

    private static Extraction extract(String text) {
        return EXTRACTOR.extract(new Article("error-class", null, null, null, null, text, null));
    }

    /** The statement whose content holds {@code words}, its holder or speaker named {@code who} (null: any). */
    private static Statement assertSaid(Extraction x, String words, String who) {
        for (Statement s : x.statements()) {
            if (!s.content().text().contains(words)) continue;
            if (who == null) return s;
            String speaker = actor(x, s.speakerId()).name(), holder = actor(x, s.holderId()).name();
            if (speaker.equals(who) || holder.equals(who)) return s;
            fail("'" + words + "' is attributed to " + speaker + " / " + holder + ", not " + who);
        }
        return fail("no statement holds '" + words + "': " + x.statements().stream()
                .map(s -> actor(x, s.speakerId()).name() + ": " + s.content().text()).toList());
    }

    private static Actor actor(Extraction x, String id) {
        return x.actor(id).orElseThrow(() -> new AssertionError("no actor " + id));
    }
}
