package org.standpoint.link;

/** The endpoint could not answer after all retries; the message is the one line to show the user. */
public final class EndpointException extends Exception {
    public EndpointException(String message, Throwable cause) {
        super(message, cause);
    }
}
