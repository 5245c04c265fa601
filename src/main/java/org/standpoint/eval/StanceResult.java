package org.standpoint.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

import org.standpoint.model.Stance;

/**
 * Stance on the statements that matched gold: accuracy, macro-F1 over the classes that occur (in gold or system
 * output), per-class counts and the confusion matrix (rows gold, columns system).
 */
public record StanceResult(@JsonIgnore int[][] counts) {
    private static final Stance[] CLASSES = Stance.values();

    public static StanceResult empty() {
        return new StanceResult(new int[CLASSES.length][CLASSES.length]);
    }

    public static StanceResult of(List<Stance[]> goldSystemPairs) {
        StanceResult r = empty();
        for (Stance[] p : goldSystemPairs) r.counts[p[0].ordinal()][p[1].ordinal()]++;
        return r;
    }

    public StanceResult plus(StanceResult other) {
        int[][] sum = new int[CLASSES.length][CLASSES.length];
        for (int g = 0; g < CLASSES.length; g++)
            for (int s = 0; s < CLASSES.length; s++) sum[g][s] = counts[g][s] + other.counts[g][s];
        return new StanceResult(sum);
    }

    @JsonProperty
    public int matched() {
        int n = 0;
        for (int[] row : counts) for (int v : row) n += v;
        return n;
    }

    @JsonProperty
    public double accuracy() {
        int right = 0;
        for (int c = 0; c < CLASSES.length; c++) right += counts[c][c];
        return matched() == 0 ? 0 : (double) right / matched();
    }

    /** Per class: tp on the diagonal, fp the rest of its column, fn the rest of its row. */
    @JsonProperty
    public List<Metric> perClass() {
        List<Metric> out = new ArrayList<>();
        for (int c = 0; c < CLASSES.length; c++) {
            int row = 0, col = 0;
            for (int k = 0; k < CLASSES.length; k++) {
                row += counts[c][k];
                col += counts[k][c];
            }
            if (row + col == 0) continue;
            out.add(new Metric(CLASSES[c].label(), counts[c][c], col - counts[c][c], row - counts[c][c]));
        }
        return out;
    }

    @JsonProperty
    public double macroF1() {
        List<Metric> present = perClass();
        return present.isEmpty() ? 0 : present.stream().mapToDouble(Metric::f1).average().orElse(0);
    }

    /** gold label → system label → count, every class listed, for JSON readers. */
    @JsonProperty("confusion")
    public Map<String, Map<String, Integer>> confusionByLabel() {
        Map<String, Map<String, Integer>> m = new LinkedHashMap<>();
        for (Stance g : CLASSES) {
            Map<String, Integer> row = new LinkedHashMap<>();
            for (Stance s : CLASSES) row.put(s.label(), counts[g.ordinal()][s.ordinal()]);
            m.put(g.label(), row);
        }
        return m;
    }

    public int count(Stance gold, Stance system) {
        return counts[gold.ordinal()][system.ordinal()];
    }

    static Stance[] classes() {
        return CLASSES.clone();
    }
}
