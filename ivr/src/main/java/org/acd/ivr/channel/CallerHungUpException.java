package org.acd.ivr.channel;

/** The caller hung up: what an {@link IvrChannel} operation completes with once the call is gone. */
public final class CallerHungUpException extends RuntimeException {

    public CallerHungUpException(String message) {
        super(message, null, false, false);
    }
}
