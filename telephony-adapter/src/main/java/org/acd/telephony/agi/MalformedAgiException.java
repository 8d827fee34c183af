package org.acd.telephony.agi;

/** A FastAGI peer sent something that is not AGI; the session that sent it is closed. */
public final class MalformedAgiException extends RuntimeException {

    public MalformedAgiException(String message) {
        super(message);
    }
}
