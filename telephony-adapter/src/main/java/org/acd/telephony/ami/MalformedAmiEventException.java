package org.acd.telephony.ami;

/** An AMI event lacks a field its decoder needs; the event is counted and dropped. */
final class MalformedAmiEventException extends RuntimeException {

    MalformedAmiEventException(String message) {
        super(message, null, false, false);
    }
}
