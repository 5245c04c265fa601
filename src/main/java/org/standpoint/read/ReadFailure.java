package org.standpoint.read;

/**
 * A problem with one record or file. Checked on purpose: every format reader must decide where it
 * turns into a {@link ReadError}, so that one bad record never escapes and stops the batch.
 */
final class ReadFailure extends Exception {
    ReadFailure(String message) {
        super(message, null, false, false);
    }
}
