package org.standpoint.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Bytes to article text. The result of {@link #normalise} is the string every span offset indexes, so it is
 * deliberately minimal: drop a UTF-8 byte order mark, turn CRLF and lone CR into LF, and touch nothing else
 * (curly quotes, dashes, non-breaking spaces and trailing blanks all stay).
 */
final class Texts {
    private static final char BOM = '\uFEFF';

    private Texts() {
    }

    static CharsetDecoder strictUtf8() {
        // Silent U+FFFD replacement would corrupt quotes in the text and shift nothing visibly: refuse instead.
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** Reads a one-article file whole, refusing it before reading when it exceeds {@code maxBytes}. */
    static String readFile(Path file, long maxBytes) throws ReadFailure {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw tooLarge(size, maxBytes);
            }
            // the size was a promise, not a limit: a file that grows (or a proc file that says 0) stops at the cap
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            }
            if (bytes.length > maxBytes) {
                throw tooLarge(bytes.length, maxBytes);
            }
        } catch (IOException e) {
            throw new ReadFailure(cannotRead(e));
        }
        if (bytes.length == 0) {
            throw new ReadFailure("empty file");
        }
        return normalise(decode(bytes, 0, bytes.length));
    }

    /** Strict UTF-8; the message gives the byte offset so the bad spot can be found with a hex viewer. */
    static String decode(byte[] bytes, int offset, int length) throws ReadFailure {
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, length);
        CharBuffer out = CharBuffer.allocate(length);
        CharsetDecoder decoder = strictUtf8();
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new ReadFailure("not valid UTF-8 (bad byte sequence at byte " + (in.position() - offset) + ")");
        }
        return out.flip().toString();
    }

    static String normalise(String s) {
        int start = !s.isEmpty() && s.charAt(0) == BOM ? 1 : 0;
        if (s.indexOf('\r') < 0) {
            return s.substring(start);
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                b.append('\n');
                if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The index of the first surrogate char that is not half of a pair, or -1. */
    static int unpairedSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    static ReadFailure tooLarge(long size, long maxBytes) {
        return new ReadFailure("too large (" + size + " bytes, limit " + maxBytes + ")");
    }

    static String cannotRead(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "cannot read file: permission denied";
        }
        return "cannot read file: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    /** Null for absent or blank metadata, so that "" never masquerades as a title or URL. */
    static String blankToNull(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
