package org.standpoint.ingest;

/**
 * What an {@link Ingest} run tells its caller while it works: lines for the user (notices, and one
 * {@code error: …} line per bad file or article) and its progress through the articles.
 */
public interface Listener {
    /** Swallows everything: for callers that only want the result. */
    Listener SILENT = line -> { };

    /** A whole line for the user. */
    void say(String line);

    /** The run has {@code articles} articles to go through. */
    default void started(long articles) {
    }

    /** One more article is done (stored, or reported as an error). */
    default void stepped() {
    }
}
