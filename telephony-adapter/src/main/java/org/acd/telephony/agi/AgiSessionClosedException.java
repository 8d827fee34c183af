package org.acd.telephony.agi;

/** The FastAGI session ended (the channel hung up or the connection closed) before a command was answered. */
public final class AgiSessionClosedException extends RuntimeException {

    public AgiSessionClosedException(String message) {
        super(message, null, false, false);
    }
}
