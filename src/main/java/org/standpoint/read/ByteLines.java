package org.standpoint.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a stream into LF-terminated lines of raw bytes, keeping at most {@code maxBytes} of each line.
 * Bytes rather than chars so that every line is decoded on its own: one record with a bad byte sequence is
 * one error, not the end of the file. A too-long line is measured, not stored, so it cannot exhaust memory.
 */
final class ByteLines implements AutoCloseable {
    /** One line, without its LF or a CR before it; {@code bytes} is null when the line exceeded the limit. */
    record Line(long number, byte[] bytes, long size) {
    }

    private final InputStream in;
    private final long maxBytes;
    private final byte[] chunk = new byte[1 << 16];
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private int pos;
    private int end;
    private boolean eof;
    private long number;

    ByteLines(InputStream in, long maxBytes) {
        this.in = in;
        this.maxBytes = Math.min(maxBytes, Integer.MAX_VALUE - 16);
    }

    /** The next line, or null at end of stream. */
    Line next() throws IOException {
        if (eof) {
            return null;
        }
        line.reset();
        long size = 0;
        boolean started = false;
        while (true) {
            if (pos >= end) {
                int n = in.read(chunk);
                if (n < 0) {
                    eof = true;
                    if (!started) {
                        return null;
                    }
                    break;
                }
                pos = 0;
                end = n;
                continue;
            }
            started = true;
            int nl = indexOfNewline(pos, end);
            int stop = nl < 0 ? end : nl;
            if (size + (stop - pos) <= maxBytes + 1) { // +1: room for a CR that is dropped below
                line.write(chunk, pos, stop - pos);
            }
            size += stop - pos;
            pos = nl < 0 ? end : nl + 1;
            if (nl >= 0) {
                break;
            }
        }
        number++;
        byte[] bytes = line.toByteArray();
        if (bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
            bytes = Arrays.copyOf(bytes, bytes.length - 1);
            size--;
        }
        return new Line(number, size <= maxBytes ? bytes : null, size);
    }

    private int indexOfNewline(int from, int to) {
        for (int i = from; i < to; i++) {
            if (chunk[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
