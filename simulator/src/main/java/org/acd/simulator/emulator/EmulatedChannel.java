package org.acd.simulator.emulator;

import java.util.Map;

/** A live channel of the emulated switch. Used on the switch thread only. */
interface EmulatedChannel {

    /** e.g. {@code PJSIP/trunk-00000001}. */
    String name();

    String uniqueId();

    /** Channel variables (SetVar, SET VARIABLE). */
    Map<String, String> variables();

    /** AMI {@code Hangup} of this channel. */
    void hangUpByAction();

    /** Where it runs now, for {@code CoreShowChannel}. */
    String application();
}
