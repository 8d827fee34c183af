package org.acd.simulator.emulator;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A trunk caller's channel running the dialplan's {@code from-trunk}: the {@code inbound} FastAGI
 * session (prompts answered with the plan's keys, ACD_CALL_ID; the IVR may hang up on it, or the
 * caller hang up in it), then music on hold until an
 * agent's leg bridges it or its patience runs out; bridged, it talks until the agent or, after its
 * plan's talk time, the caller hangs up. Used on the switch thread only.
 */
final class CallerChannel implements EmulatedChannel, AgiDialogue {

    private static final Logger LOG = LoggerFactory.getLogger(CallerChannel.class);
    static final String CALL_ID_VARIABLE = "ACD_CALL_ID";
    private static final String CALLBACK_FLOW_VARIABLE = "ACD_CALLBACK_FLOW";
    private static final String ANNOUNCE_CONTEXT = "acd-announce";
    private static final String CALLBACK_OFFER_CONTEXT = "acd-callback-offer";

    private enum State { MENU, HOLDING, BRIDGED, ENDED }

    private final EmulatedSwitch sw;
    private final String name;
    private final String uniqueId;
    private final CallerPlan plan;
    private final Map<String, String> variables = new HashMap<>();
    private State state = State.MENU;
    private long holdingSinceMs;
    private long answerWaitMs;
    private ScheduledFuture<?> patience;
    private ScheduledFuture<?> talk;
    private AgentLeg bridgedTo;
    /** The callback offer's FastAGI session while it runs. */
    private AgiConnection offerSession;
    /** How many of the plan's keys entries the prompts used up. */
    private int keysUsed;
    /** What is left of the entry being keyed one digit at a time; null until a prompt asks for the next. */
    private String typing;

    CallerChannel(EmulatedSwitch sw, String name, String uniqueId, CallerPlan plan) {
        this.sw = sw;
        this.name = name;
        this.uniqueId = uniqueId;
        this.plan = plan;
    }

    void dial() {
        sw.agi().open(new AgiEnvironment("inbound", name, uniqueId, plan.number(), "from-trunk", plan.extension()),
                this);
    }

    @Override
    public void command(AgiConnection connection, String line) {
        if (line.startsWith("GET DATA")) {
            typing = null;
            String entry = nextEntry();
            if (entry.equals(CallerPlan.HANG_UP)) {
                hangUpInMenu(connection);
                return;
            }
            String digits = entry.endsWith("#") ? entry.substring(0, entry.length() - 1) : entry;
            connection.reply(digits.isEmpty() ? "200 result= (timeout)" : "200 result=" + digits);
        } else if (line.startsWith("WAIT FOR DIGIT")) {
            waitForDigit(connection);
        } else if (line.startsWith("STREAM FILE") || line.startsWith("SAY ")) {
            typing = null;
            connection.reply("200 result=0 endpos=8000");
        } else if (line.startsWith("SET VARIABLE ")) {
            String[] parts = line.substring("SET VARIABLE ".length()).replace("\"", "").split(" ", 2);
            variables.put(parts[0], parts.length > 1 ? parts[1] : "");
            connection.reply("200 result=1");
        } else if (line.equals("ANSWER")) {
            connection.reply("200 result=0");
        } else if (line.equals("HANGUP")) {
            connection.reply("200 result=1");
            end(CallerOutcome.ENDED_BY_IVR, false);
        } else {
            LOG.debug("{}: AGI command not emulated: {}", name, line);
            connection.reply("510 Invalid or unknown command");
        }
    }

    /**
     * One key of the entry being typed, the entry taken when the last prompt asked for one: its keys
     * one by one, terminator included, then a timeout; a caller whose entry is {@link
     * CallerPlan#HANG_UP} hangs up instead.
     */
    private void waitForDigit(AgiConnection connection) {
        if (typing == null) {
            typing = nextEntry();
        }
        if (typing.equals(CallerPlan.HANG_UP)) {
            hangUpInMenu(connection);
            return;
        }
        if (typing.isEmpty()) {
            connection.reply("200 result=0");
            return;
        }
        char key = typing.charAt(0);
        typing = typing.substring(1);
        connection.reply("200 result=" + (int) key);
    }

    /** The next entry of the plan's keys; empty once they are used up. */
    private String nextEntry() {
        return keysUsed == plan.keys().size() ? "" : plan.keys().get(keysUsed++);
    }

    /** The caller hangs up during a prompt: Asterisk fails the command and tells the script. */
    private void hangUpInMenu(AgiConnection connection) {
        connection.reply("200 result=-1");
        end(CallerOutcome.LEFT_IN_MENU, true);
        connection.hangUp();
    }

    /**
     * The inbound session ended: with ACD_CALL_ID set the caller holds on music, else the dialplan
     * hangs up. The callback offer's session ended: the caller holds on.
     */
    @Override
    public void ended() {
        if (state != State.MENU) {
            offerSession = null;
            return;
        }
        if (variables.containsKey(CALL_ID_VARIABLE)) {
            state = State.HOLDING;
            holdingSinceMs = sw.nowMs();
            patience = sw.after(plan.patienceMs(), this::abandon);
        } else {
            end(CallerOutcome.LEFT_IN_MENU, false);
        }
    }

    /** An agent's leg runs {@code Bridge(this)}: false if this caller no longer holds. */
    boolean bridgeTo(AgentLeg leg) {
        if (state != State.HOLDING) {
            return false;
        }
        patience.cancel(false);
        endOfferSession();
        state = State.BRIDGED;
        bridgedTo = leg;
        answerWaitMs = sw.nowMs() - holdingSinceMs;
        if (plan.talkMs() != CallerPlan.TALKS_UNTIL_AGENT_HANGS_UP) {
            talk = sw.after(plan.talkMs(), this::hangUpTalking);
        }
        return true;
    }

    /** The caller ends the conversation: the bridge returns on the agent's side, which hangs up too. */
    private void hangUpTalking() {
        if (state == State.BRIDGED) {
            sw.events().hangupRequest(this);
            endBridged();
            bridgedTo.partnerHungUp();
        }
    }

    /** The bridge ended from the agent's side: Bridge's {@code x} option hangs this leg up. */
    void bridgeEnded() {
        if (state == State.BRIDGED) {
            endBridged();
        }
    }

    private void endBridged() {
        if (talk != null) {
            talk.cancel(false);
        }
        state = State.ENDED;
        sw.events().hangup(this, SwitchEvents.NORMAL_CLEARING);
        sw.remove(this);
        sw.ledger().ended(new LedgerCall(plan.number(), acdCallId(), CallerOutcome.ANSWERED, answerWaitMs));
    }

    private void abandon() {
        if (state == State.HOLDING) {
            end(CallerOutcome.ABANDONED, true);
        }
    }

    @Override
    public void hangUpByAction() {
        switch (state) {
            case MENU -> end(CallerOutcome.LEFT_IN_MENU, false);
            case HOLDING -> end(CallerOutcome.EXITED, false);
            case BRIDGED -> {
                endBridged();
                bridgedTo.partnerHungUp();
            }
            case ENDED -> {
            }
        }
    }

    /**
     * AMI Redirect of a holding caller. To the announcement the caller hears position and wait and
     * holds on as before; to the callback offer the {@code callback-offer} session runs, which this
     * caller, its keys used up in the menu, lets time out, and holds on; to the ACD's exit the caller
     * leaves the queue, and the exit's dialplan ends the call. Any of them keeps the channel, so an
     * agent's leg can still bridge it.
     */
    boolean redirect(String context) {
        if (state != State.HOLDING) {
            return false;
        }
        switch (context) {
            case ANNOUNCE_CONTEXT -> {
            }
            case CALLBACK_OFFER_CONTEXT -> {
                if (offerSession == null) {
                    sw.agi().open(new AgiEnvironment("callback-offer?flow=" + variables.getOrDefault(
                            CALLBACK_FLOW_VARIABLE, ""), name, uniqueId, plan.number(), context, "s"), this);
                }
            }
            default -> end(CallerOutcome.EXITED, false);
        }
        return true;
    }

    @Override
    public void opened(AgiConnection connection) {
        if (state == State.HOLDING) {
            offerSession = connection;
        }
    }

    private void end(CallerOutcome outcome, boolean callerHungUp) {
        boolean held = state == State.HOLDING;
        if (patience != null) {
            patience.cancel(false);
        }
        endOfferSession();
        state = State.ENDED;
        if (callerHungUp) {
            sw.events().hangupRequest(this);
        }
        sw.events().hangup(this, SwitchEvents.NORMAL_CLEARING);
        sw.remove(this);
        sw.ledger().ended(new LedgerCall(plan.number(), acdCallId(), outcome, held ? sw.nowMs() - holdingSinceMs : 0));
    }

    /** The caller leaves the callback offer's session (bridged or gone): the ACD hears the hang-up. */
    private void endOfferSession() {
        if (offerSession != null) {
            offerSession.hangUp();
            offerSession = null;
        }
    }

    LiveCall live() {
        return new LiveCall(plan.number(), acdCallId(), state == State.BRIDGED);
    }

    private long acdCallId() {
        String id = variables.get(CALL_ID_VARIABLE);
        return id == null ? -1 : Long.parseLong(id);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String uniqueId() {
        return uniqueId;
    }

    @Override
    public Map<String, String> variables() {
        return variables;
    }

    @Override
    public String application() {
        return switch (state) {
            case MENU -> "AGI";
            case HOLDING -> "MusicOnHold";
            case BRIDGED, ENDED -> "Bridge";
        };
    }
}
