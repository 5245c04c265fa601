package org.standpoint.read;

/**
 * One input that could not be turned into an article. The batch always goes on after it.
 *
 * @param origin  where: the file path, {@code path:LINE} for a JSONL record, {@code path[i]} for a JSON array element
 * @param message one line naming the origin and the problem, ready to print
 */
public record ReadError(String origin, String message) {
    static ReadError of(String origin, String problem) {
        return new ReadError(origin, origin + ": " + oneLine(problem));
    }

    /** Library messages (Jackson's especially) span lines; a log of errors should stay one per line. */
    static String oneLine(String s) {
        return s == null ? "unknown problem" : s.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }

    @Override
    public String toString() {
        return message;
    }
}
