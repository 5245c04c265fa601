package org.standpoint.eval;

import java.util.BitSet;
import java.util.List;
import java.util.function.IntFunction;

/** Scores one kind of span (content, source, cue) in one article, logging every miss and false alarm. */
final class RegionScorer {
    enum Mode {
        /** same pieces at the same offsets */
        EXACT,
        /** at least one word token in common */
        OVERLAP;

        String suffix() {
            return this == EXACT ? " exact" : " overlap";
        }
    }

    private final String article;
    private final Tokens tokens;
    private final Tally tally;

    RegionScorer(String article, Tokens tokens, Tally tally) {
        this.article = article;
        this.tokens = tokens;
        this.tally = tally;
    }

    /** Matches one-to-one and counts; returns the pairs so callers can score what hangs on them. */
    List<Matching.Pair> score(String metric, Mode mode, List<Region> gold, List<Region> system) {
        return score(metric, mode, gold, system, (g, s) -> true);
    }

    /** As above, with an extra condition a pair must meet (the speaker, for attribution). */
    List<Matching.Pair> score(String metric, Mode mode, List<Region> gold, List<Region> system, PairTest also) {
        return score(metric, mode, gold, system, also, i -> "", i -> "");
    }

    /** As above, with a label added to each error line (the speaker, so that a wrong speaker shows). */
    List<Matching.Pair> score(String metric, Mode mode, List<Region> gold, List<Region> system, PairTest also,
                              IntFunction<String> goldLabel, IntFunction<String> systemLabel) {
        tally.declare(metric);
        List<Matching.Pair> pairs = Matching.match(gold.size(), system.size(), (g, s) -> {
            if (!also.test(g, s)) return 0;
            Region a = gold.get(g), b = system.get(s);
            return mode == Mode.EXACT ? (a.sameOffsets(b) ? 1 : 0) : tokens.overlap(a, b);
        });
        BitSet goldHit = new BitSet(), systemHit = new BitSet();
        for (Matching.Pair p : pairs) {
            goldHit.set(p.gold());
            systemHit.set(p.system());
            tally.hit(metric);
        }
        for (int g = 0; g < gold.size(); g++)
            if (!goldHit.get(g)) tally.miss(article, metric, gold.get(g).offsets(), gold.get(g).text() + goldLabel.apply(g));
        for (int s = 0; s < system.size(); s++)
            if (!systemHit.get(s)) tally.falseAlarm(article, metric, system.get(s).offsets(),
                        system.get(s).text() + systemLabel.apply(s));
        return pairs;
    }

    @FunctionalInterface
    interface PairTest {
        boolean test(int gold, int system);
    }
}
