package org.acd.core.api;

/** What happens to a call that leaves a queue without an agent (max wait, queue full, no agents). */
public enum ExitAction {
    /** Move to another queue of this server, keeping the original entry time. */
    QUEUE,
    VOICEMAIL,
    /** Transfer to a dialplan target outside this server. */
    TRANSFER,
    /** Take a number and call the customer back. */
    CALLBACK,
    HANGUP
}
