package org.standpoint.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.standpoint.model.Span;

class RegionScorerTest {
    private static final String TEXT = "Ministers said the plan would fail badly, aides claimed.";

    private static Metric score(String text, RegionScorer.Mode mode, List<Region> gold, List<Region> system) {
        Tally tally = new Tally();
        new RegionScorer("t", new Tokens(text), tally).score("m", mode, gold, system);
        return tally.report("test", 1).metric("m").orElseThrow();
    }

    @Test
    void exactNeedsTheSameOffsetsOverlapNeedsASharedWord() {
        List<Region> gold = List.of(Fixtures.region(TEXT, "the plan would fail badly"));
        List<Region> system = List.of(Fixtures.region(TEXT, "plan would fail badly,"));
        assertEquals(new Metric("m", 0, 1, 1), score(TEXT, RegionScorer.Mode.EXACT, gold, system));
        assertEquals(new Metric("m", 1, 0, 0), score(TEXT, RegionScorer.Mode.OVERLAP, gold, system));
        assertEquals(new Metric("m", 1, 0, 0), score(TEXT, RegionScorer.Mode.EXACT, gold, gold));
    }

    @Test
    void sharingOnlyPunctuationIsNoOverlap() {
        List<Region> gold = List.of(Fixtures.region(TEXT, "badly,"));
        List<Region> system = List.of(Fixtures.region(TEXT, ", aides"));
        assertTrue(gold.get(0).overlapsChars(system.get(0)));
        assertEquals(new Metric("m", 0, 1, 1), score(TEXT, RegionScorer.Mode.OVERLAP, gold, system));
    }

    @Test
    void oneGoldSpanIsMatchedOnlyOnce() {
        List<Region> gold = List.of(Fixtures.region(TEXT, "the plan would fail badly"));
        List<Region> system = List.of(Fixtures.region(TEXT, "the plan"), Fixtures.region(TEXT, "fail badly"));
        Metric m = score(TEXT, RegionScorer.Mode.OVERLAP, gold, system);
        assertEquals(new Metric("m", 1, 1, 0), m);
        assertEquals(0.5, m.precision(), 1e-9);
        assertEquals(1.0, m.recall(), 1e-9);
    }

    @Test
    void matchingIsMaximalNotGreedy() {
        String text = "alpha beta gamma delta";
        // greedy best-overlap would give the long system span to A and leave B unmatched
        List<Region> gold = List.of(Fixtures.region(text, "alpha beta"), Fixtures.region(text, "gamma delta"));
        List<Region> system = List.of(Fixtures.region(text, "alpha beta gamma"), Fixtures.region(text, "alpha"));
        assertEquals(new Metric("m", 2, 0, 0), score(text, RegionScorer.Mode.OVERLAP, gold, system));
    }

    @Test
    void discontinuousGoldSpans() {
        String text = "one two three four five six seven";
        Region gold = new Region(List.of(Fixtures.span(text, "five six"), Fixtures.span(text, "one two")));
        assertEquals(0, gold.begin());
        assertEquals("one two five six", gold.text());
        assertEquals("0-7;19-27", gold.offsets());
        Region gap = Fixtures.region(text, "three four");
        Region tail = Fixtures.region(text, "six seven");
        Region hull = Fixtures.region(text, "one two three four five six");
        assertEquals(new Metric("m", 0, 1, 1), score(text, RegionScorer.Mode.OVERLAP, List.of(gold), List.of(gap)));
        assertEquals(new Metric("m", 1, 0, 0), score(text, RegionScorer.Mode.OVERLAP, List.of(gold), List.of(tail)));
        // a contiguous span never equals a two-piece one, even when it covers exactly its hull
        assertFalse(gold.sameOffsets(hull));
        assertEquals(new Metric("m", 0, 1, 1), score(text, RegionScorer.Mode.EXACT, List.of(gold), List.of(hull)));
        Region same = new Region(List.of(new Span(0, 7, null), new Span(19, 27, null)));
        assertEquals(new Metric("m", 1, 0, 0), score(text, RegionScorer.Mode.EXACT, List.of(gold), List.of(same)));
    }

    @Test
    void errorsListEveryMissAndFalseAlarm() {
        Tally tally = new Tally();
        new RegionScorer("art", new Tokens(TEXT), tally).score("content overlap", RegionScorer.Mode.OVERLAP,
                List.of(Fixtures.region(TEXT, "the plan")), List.of(Fixtures.region(TEXT, "aides claimed")));
        List<EvalError> errors = tally.report("t", 1).errors();
        assertEquals(List.of(
                new EvalError("art", "content overlap", EvalError.Kind.MISS, "15-23", "the plan"),
                new EvalError("art", "content overlap", EvalError.Kind.FALSE_ALARM, "42-55", "aides claimed")), errors);
    }

    @Test
    void tokensCountCodePoints() {
        String text = "\uD83D\uDE00 Ana said yes.";
        Tokens tokens = new Tokens(text);
        assertEquals(3, tokens.size());
        // "Ana" is code points 2..5 (the emoji is one code point but two Java chars)
        assertEquals(1, tokens.cover(Region.of(new Span(2, 5, "Ana"))).cardinality());
        assertEquals(0, tokens.cover(Region.of(new Span(0, 2, null))).cardinality());
    }
}
