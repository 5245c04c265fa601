package org.standpoint.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.standpoint.model.Span;

class BratTest {
    // invented; the "ë" and curly quotes check that offsets are code points
    static final String TEXT = "Maria Lopez said the budget was fine and, she added, taxes would stay low. "
            + "It was reported that the pier had closed. Zoë said \u201c\u00e7a va\u201d.";

    static final String ANN = String.join("\n",
            "T1\tSource 0 11\tMaria Lopez",
            "T2\tCue 12 16\tsaid",
            "T3\tContent 17 36;53 73\tthe budget was fine taxes would stay low",
            "T4\tAttribution 12 16\tsaid",
            "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
            "T5\tCue 78 90\twas reported",
            "T6\tContent 96 115\tthe pier had closed",
            "T7\tAttribution-no-source 78 90\twas reported",
            "E2\tAttribution-no-source:T7 Content:T6 Cue:T5",
            "T8\tDiscard 42 51\tshe added",
            "T9\tSource 117 120\tZo\u00eb",
            "T10\tCue 121 125\tsaid",
            "T11\tContent 126 129\t\u201c\u00e7a",
            "T12\tContent 130 133\tva\u201d",
            "T13\tAttribution 121 125\tsaid",
            "E3\tAttribution:T13 Source:T9 Cue:T10 Content:T11 Content2:T12",
            "E4\tAttribution-no-source:T7 ",
            "#1\tAnnotatorNotes T1\tignored",
            "");

    @Test
    void parsesEventsWithDiscontinuousAndMergedSpans() {
        List<BratAttribution> all = Brat.parse(ANN);
        assertEquals(4, all.size());

        BratAttribution e1 = all.get(0);
        assertEquals("E1", e1.id());
        assertEquals("Attribution", e1.type());
        assertEquals(List.of(new Span(0, 11, "Maria Lopez")), e1.source().pieces());
        assertEquals(List.of(new Span(12, 16, "said")), e1.cue().pieces());
        assertEquals(List.of(new Span(17, 36, "the budget was fine"), new Span(53, 73, "taxes would stay low")),
                e1.content().pieces());

        BratAttribution e2 = all.get(1);
        assertEquals("Attribution-no-source", e2.type());
        assertNull(e2.source());
        assertEquals("the pier had closed", e2.content().text());

        // Content2 joins Content into one two-piece region
        BratAttribution e3 = all.get(2);
        assertEquals("126-129;130-133", e3.content().offsets());
        assertEquals("Zo\u00eb", e3.source().text());

        BratAttribution e4 = all.get(3);
        assertNull(e4.content());
        assertNull(e4.cue());
    }

    @Test
    void offsetsAreCodePointsIntoTheText() {
        for (BratAttribution a : Brat.parse(ANN))
            for (Region r : java.util.Arrays.asList(a.source(), a.cue(), a.content())) {
                if (r == null) continue;
                for (Span p : r.pieces())
                    assertEquals(p.text(), TEXT.substring(TEXT.offsetByCodePoints(0, p.begin()),
                            TEXT.offsetByCodePoints(0, p.end())));
            }
    }

    @Test
    void scoresDiscontinuousContentAgainstSystemStatements() {
        var article = Fixtures.article("a", TEXT);
        var extraction = Fixtures.extraction(article, List.of(Fixtures.person("p", "Maria Lopez")), List.of(),
                List.of(Fixtures.statement(TEXT, "p", "taxes would stay low", "Maria Lopez", "said"),
                        Fixtures.statement(TEXT, "p", "the pier had closed", null, "was reported")));
        EvalReport r = BratScorer.score("a", TEXT, Brat.parse(ANN), extraction).report("t", 1);
        assertEquals(new Metric("content overlap", 2, 0, 1), r.metric("content overlap").orElseThrow());
        assertEquals(new Metric("content exact", 1, 1, 2), r.metric("content exact").orElseThrow());
        assertEquals(new Metric("source exact", 1, 0, 1), r.metric("source exact").orElseThrow());
        assertEquals(new Metric("cue exact", 2, 0, 1), r.metric("cue exact").orElseThrow());
    }

    @Test
    void aSpanTextRunningOverALineBreakIsNotReadAsANewAnnotation() {
        // PolNeAR writes a span's text as it is: a span over a paragraph break continues on the next lines
        String ann = "T1\tSource 20 39\tThe Washington Post\nT2\tCue 40 48\treported\n"
                + "T3\tContent 0 18\t3.\n\nThe number of people\nT4\tAttribution 40 48\treported\n"
                + "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n";
        List<BratAttribution> all = Brat.parse(ann);
        assertEquals(1, all.size());
        assertEquals(0, all.get(0).content().begin());
        assertEquals(18, all.get(0).content().end());
        assertEquals(20, all.get(0).source().begin());
    }

    @Test
    void eventPointingAtAMissingAnnotationIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> Brat.parse("E1\tAttribution:T9 Content:T8\n"));
    }
}
