package org.acd.simulator.emulator;

/** How a trunk call ended, as its caller experienced it. */
public enum CallerOutcome {
    /** Left before the ACD set ACD_CALL_ID: never queued. */
    LEFT_IN_MENU,
    /** Bridged to an agent. */
    ANSWERED,
    /** Hung up while holding for an agent (ringing agents included). */
    ABANDONED,
    /** Sent away by the ACD while holding (AMI Hangup or Redirect to an exit). */
    EXITED
}
