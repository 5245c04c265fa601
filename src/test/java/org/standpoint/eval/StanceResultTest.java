package org.standpoint.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.standpoint.model.Stance.CONDITIONAL;
import static org.standpoint.model.Stance.NEUTRAL;
import static org.standpoint.model.Stance.OPPOSE;
import static org.standpoint.model.Stance.SUPPORT;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.standpoint.model.Stance;

class StanceResultTest {
    @Test
    void accuracyAndMacroF1OverClassesPresent() {
        StanceResult r = StanceResult.of(List.of(
                new Stance[]{SUPPORT, SUPPORT}, new Stance[]{SUPPORT, SUPPORT}, new Stance[]{SUPPORT, OPPOSE},
                new Stance[]{OPPOSE, OPPOSE}, new Stance[]{OPPOSE, OPPOSE}, new Stance[]{NEUTRAL, SUPPORT}));
        assertEquals(6, r.matched());
        assertEquals(4.0 / 6, r.accuracy(), 1e-9);
        // support P=R=2/3; oppose P=2/3 R=1 (F1 0.8); neutral F1 0; conditional absent from both: not averaged
        assertEquals(3, r.perClass().size());
        assertEquals((2.0 / 3 + 0.8 + 0) / 3, r.macroF1(), 1e-9);
        assertEquals(1, r.count(SUPPORT, OPPOSE));
        assertEquals(0, r.count(CONDITIONAL, CONDITIONAL));
        assertEquals(1, r.confusionByLabel().get("neutral").get("support"));
    }

    @Test
    void aClassOnlyTheSystemUsesStillCounts() {
        StanceResult r = StanceResult.of(List.<Stance[]>of(new Stance[]{SUPPORT, CONDITIONAL}));
        assertEquals(0, r.accuracy(), 1e-9);
        assertEquals(2, r.perClass().size());
        assertEquals(0, r.macroF1(), 1e-9);
        assertEquals(0, StanceResult.empty().macroF1(), 1e-9);
    }
}
