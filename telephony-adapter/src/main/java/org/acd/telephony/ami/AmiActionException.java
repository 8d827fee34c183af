package org.acd.telephony.ami;

/** Asterisk refused an AMI action, or it could not be sent. */
public final class AmiActionException extends RuntimeException {

    public AmiActionException(String message) {
        super(message, null, false, false);
    }
}
