package org.standpoint.serve.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class StanceNetworkTest {
    @Test
    void theIssueNameIsFilledIntoTheCentreOnAtMostThreeLines() {
        assertEquals(List.of("armed patrols"), StanceNetwork.lines("armed patrols", 13, 3));
        assertEquals(List.of("police and", "crime", "commissioners"), StanceNetwork.lines("police and crime commissioners", 13, 3));
        assertEquals(List.of("the cost of", "living crisis", "in the north…"),
                StanceNetwork.lines("the cost of living crisis in the north of England", 13, 3));
        assertEquals(List.of("Supercalifra…"), StanceNetwork.lines("Supercalifragilistic", 13, 3));
    }
}
