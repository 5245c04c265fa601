package org.standpoint.train;

import org.standpoint.eval.BratAttribution;
import org.standpoint.eval.Region;
import org.standpoint.extract.TaggerModel;
import org.standpoint.extract.TokenSequence;
import org.standpoint.model.Offsets;
import org.standpoint.model.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * PolNeAR's attributions as token labels. Attributions nest (a content holds another attribution's source and
 * cue), but a token takes one label: the shortest span over it wins, so the inner attribution is kept whole and
 * the outer content is cut around it, still overlapping its gold span.
 */
final class GoldLabels {
    private record Marked(int begin, int end, String type) {
    }

    private GoldLabels() {
    }

    static int[] of(TokenSequence seq, List<BratAttribution> gold, String text) {
        Offsets offsets = new Offsets(text);
        List<Marked> spans = new ArrayList<>();
        for (BratAttribution a : gold) {
            add(spans, a.cue(), "CUE", offsets);
            add(spans, a.source(), "SRC", offsets);
            add(spans, a.content(), "CON", offsets);
        }
        int[] labels = new int[seq.size()];
        Marked previous = null;
        for (int t = 0; t < seq.size(); t++) {
            Marked best = null;
            for (Marked m : spans) {
                boolean covers = seq.begins()[t] < m.end && m.begin < seq.ends()[t];
                if (covers && (best == null || m.end - m.begin < best.end - best.begin)) best = m;
            }
            if (best == null) {
                labels[t] = 0;
            } else {
                String prefix = best.equals(previous) ? "I-" : "B-";
                labels[t] = index(prefix + best.type);
            }
            previous = best;
        }
        return labels;
    }

    private static void add(List<Marked> out, Region region, String type, Offsets offsets) {
        if (region == null) return;
        for (Span p : region.pieces()) out.add(new Marked(offsets.toCharIndex(p.begin()), offsets.toCharIndex(p.end()), type));
    }

    static int index(String label) {
        for (int i = 0; i < TaggerModel.L; i++) if (TaggerModel.LABELS[i].equals(label)) return i;
        throw new IllegalArgumentException(label);
    }
}
