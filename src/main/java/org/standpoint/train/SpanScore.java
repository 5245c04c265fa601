package org.standpoint.train;

import org.standpoint.extract.TaggerModel;
import org.standpoint.extract.TaggerModel.Segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Precision, recall and F1 of tagged spans against gold spans, per kind (cue, source, content), counted as the
 * field does for attribution: a span is right when it overlaps a gold span of its kind.
 */
final class SpanScore {
    static final String[] KINDS = {"CUE", "SRC", "CON"};
    private final long[] tp = new long[3], fp = new long[3], fn = new long[3];

    void add(int[] gold, int[] guess) {
        List<Segment> g = TaggerModel.segments(gold), s = TaggerModel.segments(guess);
        for (int k = 0; k < 3; k++) {
            String kind = KINDS[k];
            for (Segment x : s) if (x.kind().equals(kind)) {
                if (g.stream().anyMatch(x::overlaps)) tp[k]++; else fp[k]++;
            }
            for (Segment x : g) if (x.kind().equals(kind) && s.stream().noneMatch(x::overlaps)) fn[k]++;
        }
    }

    void merge(SpanScore o) {
        for (int k = 0; k < 3; k++) {
            tp[k] += o.tp[k];
            fp[k] += o.fp[k];
            fn[k] += o.fn[k];
        }
    }

    double f1(int k) {
        double p = precision(k), r = recall(k);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    double precision(int k) {
        return tp[k] + fp[k] == 0 ? 0 : (double) tp[k] / (tp[k] + fp[k]);
    }

    double recall(int k) {
        return tp[k] + fn[k] == 0 ? 0 : (double) tp[k] / (tp[k] + fn[k]);
    }

    String row(String name) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-14s", name));
        for (int k = 0; k < 3; k++) {
            b.append(String.format(Locale.ROOT, "  %s P %.3f R %.3f F1 %.3f", KINDS[k].toLowerCase(Locale.ROOT),
                    precision(k), recall(k), f1(k)));
        }
        return b.toString();
    }
}
