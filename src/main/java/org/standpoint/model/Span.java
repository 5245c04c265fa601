package org.standpoint.model;

/**
 * A stretch of article text. Offsets count Unicode code points into {@link Article#text()}, end exclusive,
 * as NIF and Web Annotation do; {@link org.standpoint.model.Offsets} converts from Java's UTF-16 indexes.
 */
public record Span(int begin, int end, String text) {
    public Span {
        if (begin < 0 || end < begin) throw new IllegalArgumentException("bad span " + begin + ".." + end);
    }

    public boolean overlaps(Span other) {
        return begin < other.end && other.begin < end;
    }

    public int length() {
        return end - begin;
    }
}
