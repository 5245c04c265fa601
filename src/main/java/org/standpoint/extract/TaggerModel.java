package org.standpoint.extract;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A linear-chain tagger of attribution spans: each token is outside (O), or begins (B) or continues (I) a cue,
 * a source or a content. Scores are sums of weights of hashed (feature, label) pairs plus a label-bigram weight;
 * the best labelling of a paragraph is found by Viterbi under the BIO constraint (I-X only after B-X or I-X).
 * Trained by {@code standpoint train attribution} (an averaged perceptron); the shipped weights are a resource.
 */
public final class TaggerModel {
    public static final String[] LABELS = {"O", "B-CUE", "I-CUE", "B-SRC", "I-SRC", "B-CON", "I-CON"};
    public static final int L = LABELS.length;
    public static final String RESOURCE = "/org/standpoint/extract/attribution-tagger.bin.gz";
    private static final int MAGIC = 0x53544731; // "STG1"

    private final int bits;
    private final int mask;
    /** weight of (hashed feature, label) at {@code hash * L + label}. */
    final float[] weights;
    /** weight of (previous label, label) at {@code prev * L + label}; row L is the sequence start. */
    final float[] transitions;

    public TaggerModel(int bits) {
        this(bits, new float[(1 << bits) * L], new float[(L + 1) * L]);
    }

    private TaggerModel(int bits, float[] weights, float[] transitions) {
        this.bits = bits;
        this.mask = (1 << bits) - 1;
        this.weights = weights;
        this.transitions = transitions;
    }

    /** A run of tokens under one kind ("CUE", "SRC", "CON"): token indexes {@code first..last}, both inclusive. */
    public record Segment(String kind, int first, int last) {
        public boolean overlaps(Segment o) {
            return kind.equals(o.kind) && first <= o.last && o.first <= last;
        }

        /** Tokens between the two segments; 0 when they touch or overlap. */
        public int distance(Segment o) {
            if (o.last < first) return first - o.last;
            if (last < o.first) return o.first - last;
            return 0;
        }
    }

    /** The labelled runs of a decoded sequence: a B- label or a change of kind starts a new one. */
    public static List<Segment> segments(int[] labels) {
        List<Segment> out = new ArrayList<>();
        int start = -1;
        String kind = null;
        for (int t = 0; t <= labels.length; t++) {
            String l = t < labels.length ? LABELS[labels[t]] : "O";
            if (l.startsWith("I-") && kind != null && l.substring(2).equals(kind)) continue;
            if (kind != null) out.add(new Segment(kind, start, t - 1));
            kind = l.equals("O") ? null : l.substring(2);
            start = t;
        }
        return out;
    }

    private static volatile TaggerModel bundled;

    /** The model shipped in the resources, or null when the build carries none. */
    public static TaggerModel bundled() {
        TaggerModel m = bundled;
        if (m == null) {
            synchronized (TaggerModel.class) {
                if (bundled == null) {
                    try (InputStream in = TaggerModel.class.getResourceAsStream(RESOURCE)) {
                        bundled = in == null ? null : read(in);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read the attribution model " + RESOURCE, e);
                    }
                }
                m = bundled;
            }
        }
        return m;
    }

    /** The feature strings of each token as indexes into the weight table (label 0's slot). */
    public int[][] hash(TokenSequence seq) {
        int[][] out = new int[seq.size()][];
        for (int t = 0; t < seq.size(); t++) {
            String[] fs = seq.features()[t];
            int[] h = new int[fs.length];
            for (int k = 0; k < fs.length; k++) h[k] = (mix(fs[k].hashCode()) & mask) * L;
            out[t] = h;
        }
        return out;
    }

    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        return h;
    }

    public static boolean allowed(int prev, int label) {
        String l = LABELS[label];
        if (!l.startsWith("I-")) return true;
        if (prev < 0) return false;
        String p = LABELS[prev];
        return !p.equals("O") && p.substring(2).equals(l.substring(2));
    }

    /** The best label of each token. */
    public int[] decode(TokenSequence seq) {
        return decode(hash(seq));
    }

    public int[] decode(int[][] feats) {
        int n = feats.length;
        int[] out = new int[n];
        if (n == 0) return out;
        float[][] score = new float[n][L];
        int[][] back = new int[n][L];
        for (int t = 0; t < n; t++) {
            float[] emit = new float[L];
            for (int h : feats[t]) for (int y = 0; y < L; y++) emit[y] += weights[h + y];
            for (int y = 0; y < L; y++) {
                if (t == 0) {
                    score[0][y] = allowed(-1, y) ? emit[y] + transitions[L * L + y] : Float.NEGATIVE_INFINITY;
                    continue;
                }
                float best = Float.NEGATIVE_INFINITY;
                int arg = 0;
                for (int x = 0; x < L; x++) {
                    if (!allowed(x, y)) continue;
                    float v = score[t - 1][x] + transitions[x * L + y];
                    if (v > best) {
                        best = v;
                        arg = x;
                    }
                }
                score[t][y] = best + emit[y];
                back[t][y] = arg;
            }
        }
        int y = 0;
        for (int k = 1; k < L; k++) if (score[n - 1][k] > score[n - 1][y]) y = k;
        for (int t = n - 1; t >= 0; t--) {
            out[t] = y;
            y = back[t][y];
        }
        return out;
    }

    /** Adds {@code delta} to the weights of the token's features under {@code label}. */
    public void update(int[] feats, int label, float delta) {
        for (int h : feats) weights[h + label] += delta;
    }

    public void updateTransition(int prev, int label, float delta) {
        transitions[(prev < 0 ? L : prev) * L + label] += delta;
    }

    /** A copy whose weights are {@code this - other / count}: the averaged perceptron's final step. */
    public TaggerModel averaged(TaggerModel accumulated, float count) {
        float[] w = new float[weights.length];
        for (int i = 0; i < w.length; i++) w[i] = weights[i] - accumulated.weights[i] / count;
        float[] tr = new float[transitions.length];
        for (int i = 0; i < tr.length; i++) tr[i] = transitions[i] - accumulated.transitions[i] / count;
        return new TaggerModel(bits, w, tr);
    }

    /** Writes the non-zero weights only, gzipped. */
    public void write(OutputStream out) throws IOException {
        try (DataOutputStream d = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(out)))) {
            d.writeInt(MAGIC);
            d.writeInt(bits);
            for (float v : transitions) d.writeFloat(v);
            int nonZero = 0;
            for (float v : weights) if (v != 0f) nonZero++;
            d.writeInt(nonZero);
            int last = 0;
            for (int i = 0; i < weights.length; i++) {
                if (weights[i] == 0f) continue;
                d.writeInt(i - last); // gaps compress better than indexes
                d.writeFloat(weights[i]);
                last = i;
            }
        }
    }

    public static TaggerModel read(InputStream in) throws IOException {
        DataInputStream d = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in)));
        if (d.readInt() != MAGIC) throw new IOException("not an attribution tagger model");
        int bits = d.readInt();
        float[] tr = new float[(L + 1) * L];
        for (int i = 0; i < tr.length; i++) tr[i] = d.readFloat();
        float[] w = new float[(1 << bits) * L];
        int n = d.readInt();
        int at = 0;
        for (int k = 0; k < n; k++) {
            at += d.readInt();
            w[at] = d.readFloat();
        }
        return new TaggerModel(bits, w, tr);
    }
}
