package org.acd.telephony;

/**
 * The names this adapter and the project's Asterisk dialplan (config/asterisk/extensions.conf)
 * share. Change one, change the other.
 */
public final class Dialplan {

    /** FastAGI script run for every trunk call. */
    public static final String INBOUND_SCRIPT = "inbound";
    /** FastAGI script run on an agent's leg once the agent answers. */
    public static final String AGENT_ANSWERED_SCRIPT = "agent-answered";
    /** FastAGI script run for the agents' feature codes, with {@code ?action=login|logout|pause|ready}. */
    public static final String AGENT_FEATURE_SCRIPT = "agent-feature";

    /** Set on a caller's channel once queued; the dialplan then holds the caller on music. */
    public static final String CALL_ID_VARIABLE = "ACD_CALL_ID";
    /** Where an agent's leg goes once answered: {@code s,1} runs {@link #AGENT_ANSWERED_SCRIPT}. */
    public static final String AGENT_CONTEXT = "acd-agent";
    /** Where a caller goes when it leaves the queue without an agent; the extension is the action. */
    public static final String EXIT_CONTEXT = "acd-exit";
    /** FastAGI script run on a callback's customer leg once the customer answers. */
    public static final String CALLBACK_ANSWERED_SCRIPT = "callback-answered";
    /**
     * Where a callback dials the customer: {@code Local/<number>@acd-callback-out/n} must reach the
     * trunk, and end busy ({@code Busy}) or congested ({@code Congestion}) when the dial did.
     */
    public static final String CALLBACK_OUT_CONTEXT = "acd-callback-out";
    /**
     * Where the customer's leg of a callback goes once answered: {@code s,1} runs
     * {@link #CALLBACK_ANSWERED_SCRIPT}, then holds the customer on music while {@link #CALL_ID_VARIABLE} is set.
     */
    public static final String CALLBACK_CONTEXT = "acd-callback";
    /** FastAGI script run when a waiting caller is offered a callback, with {@code ?flow=<the IVR flow>}. */
    public static final String CALLBACK_OFFER_SCRIPT = "callback-offer";
    /**
     * Set on a caller's channel when queued by an IVR queue node with a callback offer: the flow the
     * offer runs, passed back to {@link #CALLBACK_OFFER_SCRIPT}.
     */
    public static final String CALLBACK_FLOW_VARIABLE = "ACD_CALLBACK_FLOW";
    /**
     * Where a waiting caller is redirected to be offered a callback: {@code s,1} runs
     * {@link #CALLBACK_OFFER_SCRIPT}, then holds the caller on music again if the session let them go.
     */
    public static final String CALLBACK_OFFER_CONTEXT = "acd-callback-offer";
    /**
     * Where a waiting caller is redirected to hear their position and wait, then hold on music again:
     * {@code s,1} reads {@link #POSITION_VARIABLE} and {@link #WAIT_MINUTES_VARIABLE}.
     */
    public static final String ANNOUNCE_CONTEXT = "acd-announce";
    /** The caller's place in the queue to announce, from 2; 0: not said. */
    public static final String POSITION_VARIABLE = "ACD_POSITION";
    /** The estimated wait to announce, in whole minutes rounded up; empty: not said. */
    public static final String WAIT_MINUTES_VARIABLE = "ACD_WAIT_MINUTES";
    /** The exit's target (a number, a mailbox), set before the caller is sent to {@link #EXIT_CONTEXT}. */
    public static final String EXIT_TARGET_VARIABLE = "ACD_EXIT_TARGET";

    private Dialplan() {
    }
}
