package org.standpoint.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.standpoint.model.Article;
import org.standpoint.model.Extraction;
import org.standpoint.model.Stance;
import org.standpoint.model.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Stance through the real CoreNLP pipeline on a short invented article (the text is the test's own): each
 * statement is written to need one rule — negation, denial, a condition, a demand, a proposal by someone else.
 */
class StanceTest {
    private static final String TEXT = """
            The city council has proposed to close Riverside library next year to save money.

            Jane Porter, a Labour councillor, said: “Closing the library is not a good idea. Families who use it have nowhere else to go.”

            The council has denied that the closure would be permanent.

            Council leader Mark Bell said the building would close only in exceptional circumstances and for a limited period.

            “The mayor should step in and stop this,” said Ruth Ogden, a parent who runs a reading group there.

            Ogden urged councillors to scrap the plan before the vote.

            “We will never accept this,” said Ben Tull, a parent.

            “The plan should go ahead as soon as possible,” said councillor Anna Price.

            Tom Reed, a local headteacher, dismissed the council's proposal as a costly mistake.

            Bell dismissed claims that the closure would be a disaster for the area.

            Sue Hart, a retired teacher, praised the plan, saying the savings would protect other services.

            Library manager Peter Gale said the building first opened in 1962.
            """;
    private static Extraction x;

    @BeforeAll
    static void extract() {
        x = new Extractor().extract(new Article("stance-test", null, "Council plans to close Riverside library", null,
                null, TEXT, "stance-test"));
    }

    @Test
    void theProposerIsForItsProposal() {
        assertStance("to close Riverside library", Stance.SUPPORT);
    }

    @Test
    void negatedPraiseOpposes() {
        assertStance("not a good idea", Stance.OPPOSE);
    }

    @Test
    void aDeniedUnlimitedFormIsALimit() {
        // denying that a measure would be permanent accepts it within limits
        assertStance("the closure would be permanent", Stance.CONDITIONAL);
    }

    @Test
    void onlyInExceptionalCircumstancesIsConditional() {
        assertStance("only in exceptional circumstances", Stance.CONDITIONAL);
    }

    @Test
    void aDemandTakesThePolarityOfTheDemandedAction() {
        assertStance("should step in and stop this", Stance.OPPOSE);
        assertStance("scrap the plan", Stance.OPPOSE);
    }

    @Test
    void aNegatedIntentionOpposes() {
        assertStance("We will never accept this", Stance.OPPOSE);
    }

    @Test
    void demandingTheMeasureGoAheadSupports() {
        assertStance("should go ahead", Stance.SUPPORT);
    }

    @Test
    void dismissingSomeoneElsesProposalOpposesIt() {
        assertStance("costly mistake", Stance.OPPOSE);
    }

    @Test
    void rejectingACriticsClaimSupports() {
        // the claim is the critics' proposal-against; the speaker denies it
        assertStance("would be a disaster", Stance.SUPPORT);
    }

    @Test
    void praiseSupports() {
        Statement s = x.statements().stream().filter(st -> st.cue() != null && st.cue().text().equals("praised"))
                .findFirst().orElseGet(() -> fail("no statement cued by \"praised\""));
        assertEquals(Stance.SUPPORT, s.stance(), s.content().text());
    }

    @Test
    void aFactWithNoEvaluationIsNeutral() {
        Statement s = statement("first opened in 1962");
        assertEquals(Stance.NEUTRAL, s.stance(), s.content().text());
        assertTrue(s.confidence() > 0 && s.confidence() <= 1, "confidence in [0,1]: " + s.confidence());
    }

    private static void assertStance(String contentPart, Stance expected) {
        Statement s = statement(contentPart);
        assertEquals(expected, s.stance(), s.content().text());
        assertTrue(s.confidence() > 0 && s.confidence() <= 1, "confidence in [0,1]: " + s.confidence());
    }

    private static Statement statement(String contentPart) {
        return x.statements().stream().filter(s -> s.content().text().contains(contentPart)).findFirst()
                .orElseGet(() -> fail("no statement contains \"" + contentPart + "\"; found: "
                        + x.statements().stream().map(s -> s.content().text()).toList()));
    }
}
