package org.acd.simulator.emulator;

/** How a trunk call ended, as its caller experienced it. */
public enum CallerOutcome {
    /** Left before the ACD set ACD_CALL_ID: never queued. */
    LEFT_IN_MENU,
    /** The IVR hung up on it (AGI HANGUP) before it queued: self-service done, or nothing more to offer. */
    ENDED_BY_IVR,
    /** Bridged to an agent. */
    ANSWERED,
    /** Hung up while holding for an agent (ringing agents included). */
    ABANDONED,
    /** Sent away by the ACD while holding (AMI Hangup or Redirect to an exit). */
    EXITED
}
