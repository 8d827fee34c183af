package org.acd.core.journal;

/**
 * The journal cannot be opened where it was asked to be: the message names the directory, what is
 * wrong with it and what to fix. Thrown before anything is written, so nothing already journaled is
 * touched; the server refuses to start rather than route calls it could not journal.
 */
public final class JournalUnavailableException extends RuntimeException {

    JournalUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
