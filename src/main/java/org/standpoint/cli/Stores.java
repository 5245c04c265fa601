package org.standpoint.cli;

import org.standpoint.store.Store;

import java.nio.file.Path;

/** Opening the database for a command, with the one-line reasons a user can act on. */
final class Stores {
    /** The database cannot be used; the message says why, in one line. */
    static final class Unavailable extends RuntimeException {
        Unavailable(String message) {
            super(message, null, false, false);
        }
    }

    private Stores() {
    }

    /**
     * @param create whether a missing database is made (load) or an error (serve, query: a mistyped --db would
     *               otherwise serve an empty graph without a word)
     */
    static Store open(Path db, String base, boolean create) {
        if (!create && !Store.exists(db)) {
            throw new Unavailable("no database in " + db + " (load articles first: standpoint load FILE... --db " + db + ")");
        }
        try {
            return Store.open(db, base);
        } catch (RuntimeException e) {
            String why = e.getMessage() == null ? e.toString() : e.getMessage();
            throw new Unavailable(why);
        }
    }
}
