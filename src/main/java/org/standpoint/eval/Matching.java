package org.standpoint.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * One-to-one matching of gold items to system items, so that one gold span can never be credited twice.
 * It finds a maximum matching (augmenting paths), and each gold item tries its partners best score first, so
 * among the maximum matchings the one found keeps the best-overlapping pairs where it can.
 */
final class Matching {
    private Matching() {
    }

    /** Scores a gold/system pair; zero or less means they cannot be paired. */
    @FunctionalInterface
    interface Scorer {
        double score(int gold, int system);
    }

    record Pair(int gold, int system, double score) {
    }

    static List<Pair> match(int goldCount, int systemCount, Scorer scorer) {
        double[][] score = new double[goldCount][systemCount];
        List<int[]> candidates = new ArrayList<>(goldCount);
        for (int g = 0; g < goldCount; g++) {
            List<Integer> edges = new ArrayList<>();
            for (int s = 0; s < systemCount; s++) {
                score[g][s] = scorer.score(g, s);
                if (score[g][s] > 0) edges.add(s);
            }
            final int gg = g;
            edges.sort(Comparator.comparingDouble((Integer s) -> -score[gg][s]).thenComparingInt(s -> s));
            candidates.add(edges.stream().mapToInt(Integer::intValue).toArray());
        }
        int[] owner = new int[systemCount];
        Arrays.fill(owner, -1);
        for (int g = 0; g < goldCount; g++) augment(g, candidates, owner, new boolean[systemCount]);
        List<Pair> pairs = new ArrayList<>();
        for (int s = 0; s < systemCount; s++) if (owner[s] >= 0) pairs.add(new Pair(owner[s], s, score[owner[s]][s]));
        pairs.sort(Comparator.comparingInt(Pair::gold));
        return pairs;
    }

    private static boolean augment(int g, List<int[]> candidates, int[] owner, boolean[] seen) {
        for (int s : candidates.get(g)) {
            if (seen[s]) continue;
            seen[s] = true;
            if (owner[s] < 0 || augment(owner[s], candidates, owner, seen)) {
                owner[s] = g;
                return true;
            }
        }
        return false;
    }
}
