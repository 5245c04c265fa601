package org.standpoint.model;

/** Converts between Java's UTF-16 string indexes and the code-point offsets stored in spans. */
public final class Offsets {
    private final String text;
    private final boolean bmpOnly;

    public Offsets(String text) {
        this.text = text;
        this.bmpOnly = text.codePointCount(0, text.length()) == text.length();
    }

    public int toCodePoint(int charIndex) {
        return bmpOnly ? charIndex : text.codePointCount(0, charIndex);
    }

    public int toCharIndex(int codePoint) {
        return bmpOnly ? codePoint : text.offsetByCodePoints(0, codePoint);
    }

    /** The span for the UTF-16 range [begin, end) of the text. */
    public Span span(int charBegin, int charEnd) {
        return new Span(toCodePoint(charBegin), toCodePoint(charEnd), text.substring(charBegin, charEnd));
    }
}
