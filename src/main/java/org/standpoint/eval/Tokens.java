package org.standpoint.eval;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import org.standpoint.model.Span;

/**
 * The word tokens of one text, in code-point offsets. "Overlap" is judged on these so that two spans that only
 * share a quote mark, a space or a comma do not count as overlapping.
 */
final class Tokens {
    private final int[] begins;
    private final int[] ends;

    Tokens(String text) {
        List<int[]> found = new ArrayList<>();
        int cp = 0, start = -1;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            // letters, digits and marks make words; everything else (space, punctuation, symbols) separates them
            boolean word = Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
            if (word && start < 0) start = cp;
            if (!word && start >= 0) {
                found.add(new int[]{start, cp});
                start = -1;
            }
            i += Character.charCount(c);
            cp++;
        }
        if (start >= 0) found.add(new int[]{start, cp});
        begins = found.stream().mapToInt(t -> t[0]).toArray();
        ends = found.stream().mapToInt(t -> t[1]).toArray();
    }

    int size() {
        return begins.length;
    }

    /** Indexes of the tokens that any piece of the region touches. */
    BitSet cover(Region region) {
        BitSet set = new BitSet(begins.length);
        for (Span piece : region.pieces()) {
            int i = firstEndingAfter(piece.begin());
            for (; i < begins.length && begins[i] < piece.end(); i++) set.set(i);
        }
        return set;
    }

    /** Dice coefficient of the two regions' token sets; char overlap stands in when one has no word at all. */
    double overlap(Region a, Region b) {
        BitSet ta = cover(a), tb = cover(b);
        if (ta.isEmpty() || tb.isEmpty()) return a.overlapsChars(b) ? 1e-6 : 0;
        int sizes = ta.cardinality() + tb.cardinality();
        ta.and(tb);
        return 2.0 * ta.cardinality() / sizes;
    }

    private int firstEndingAfter(int offset) {
        int lo = 0, hi = ends.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ends[mid] <= offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
