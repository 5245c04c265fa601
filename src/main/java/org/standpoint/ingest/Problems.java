package org.standpoint.ingest;

/** What went wrong, as the one line a user reads after a file or article's name. */
public final class Problems {
    private Problems() {
    }

    /** An exception as one line: its class and message, line breaks folded. */
    public static String oneLine(Throwable e) {
        String s = e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
        return s.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }

    /** A failed write in one line; a full disk said plainly, whichever layer (TDB2, Lucene) met it first. */
    public static String storage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("No space left on device") || t instanceof InternalError && m.contains("unsafe memory access")) {
                return "no space left on the database's disk (the article is not stored; the database keeps the articles"
                        + " stored before it)";
            }
        }
        return oneLine(e);
    }
}
