package org.standpoint.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.standpoint.model.Span;

/**
 * An annotated stretch of text that may be discontinuous, as BRAT writes it ("315 448;463 553"). The model's
 * spans are always contiguous, so a system region has one piece; gold regions may have several.
 *
 * @param pieces the contiguous parts in document order; offsets are code points into the article text
 */
public record Region(List<Span> pieces) {
    public Region {
        if (pieces.isEmpty()) throw new IllegalArgumentException("a region needs at least one piece");
        List<Span> sorted = new ArrayList<>(pieces);
        sorted.sort(Comparator.comparingInt(Span::begin).thenComparingInt(Span::end));
        pieces = List.copyOf(sorted);
    }

    public static Region of(Span span) {
        return new Region(List.of(span));
    }

    public int begin() {
        return pieces.get(0).begin();
    }

    public int end() {
        return pieces.stream().mapToInt(Span::end).max().orElseThrow();
    }

    /** The pieces' text joined by a space, as BRAT shows a discontinuous span. */
    public String text() {
        return pieces.stream().map(p -> p.text() == null ? "" : p.text()).collect(Collectors.joining(" "));
    }

    /** Exact match: the same pieces at the same offsets; the text is not compared (it follows from them). */
    public boolean sameOffsets(Region other) {
        if (pieces.size() != other.pieces.size()) return false;
        for (int i = 0; i < pieces.size(); i++) {
            Span a = pieces.get(i), b = other.pieces.get(i);
            if (a.begin() != b.begin() || a.end() != b.end()) return false;
        }
        return true;
    }

    public boolean overlapsChars(Region other) {
        for (Span a : pieces) for (Span b : other.pieces) if (a.overlaps(b)) return true;
        return false;
    }

    /** "12-40" or "12-40;55-70", for error listings. */
    public String offsets() {
        return pieces.stream().map(p -> p.begin() + "-" + p.end()).collect(Collectors.joining(";"));
    }
}
