package org.acd.telephony.ami;

import org.asteriskjava.manager.event.ManagerEvent;

/** Turns one AMI event type into what the adapter does with it. Called on Asterisk-Java's event thread; must not block. */
@FunctionalInterface
interface AmiEventDecoder<E extends ManagerEvent> {

    /** @throws MalformedAmiEventException when a field the decoder needs is missing or wrong */
    void decode(E event);
}
