package org.acd.simulator.emulator;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An agent's leg made by AMI {@code Originate}: it rings the phone, and once answered runs the
 * dialplan's {@code acd-agent} context, the {@code agent-answered} FastAGI session, whose
 * {@code EXEC Bridge <caller>,x} connects it to a holding caller until the agent hangs up. Used on
 * the switch thread only.
 */
final class AgentLeg implements EmulatedChannel, AgiDialogue {

    private static final Logger LOG = LoggerFactory.getLogger(AgentLeg.class);

    private enum State { RINGING, ANSWERED, BRIDGED, ENDED }

    private final EmulatedSwitch sw;
    private final AgentPhone phone;
    private final String name;
    private final OriginateRequest request;
    private final PhoneBehaviour behaviour;
    private final Map<String, String> variables = new HashMap<>();
    private State state = State.RINGING;
    private ScheduledFuture<?> timer;
    private AgiConnection session;
    private CallerChannel caller;

    /** {@code behaviour}: how this ring goes (answer delay, talk time, answered at all). */
    AgentLeg(EmulatedSwitch sw, AgentPhone phone, String name, OriginateRequest request, PhoneBehaviour behaviour) {
        this.sw = sw;
        this.phone = phone;
        this.name = name;
        this.request = request;
        this.behaviour = behaviour;
    }

    void ring() {
        phone.ring(this);
        sw.events().deviceState(phone.device(), phone.deviceState());
        timer = behaviour.answers() && behaviour.ringMs() < request.timeoutMs()
                ? sw.after(behaviour.ringMs(), this::answer)
                : sw.after(request.timeoutMs(), this::ringOut);
    }

    private void answer() {
        state = State.ANSWERED;
        phone.answered();
        sw.events().originateResponse(request, true, SwitchEvents.REASON_ANSWERED, name, uniqueId());
        sw.events().deviceState(phone.device(), phone.deviceState());
        sw.agi().open(new AgiEnvironment("agent-answered", name, uniqueId(),
                request.callerId().isEmpty() ? "unknown" : request.callerId(), request.context(), request.exten()),
                this);
    }

    private void ringOut() {
        end(SwitchEvents.NO_ANSWER);
        sw.events().originateResponse(request, false, SwitchEvents.REASON_NO_ANSWER, request.endpoint(), uniqueId());
        sw.legEndedUnbridged(phone);
    }

    @Override
    public void opened(AgiConnection connection) {
        session = connection;
    }

    @Override
    public void command(AgiConnection connection, String line) {
        String[] words = line.replace("\"", "").split(" ", 3);
        if (words.length == 3 && words[0].equals("EXEC") && words[1].equalsIgnoreCase("Bridge")) {
            bridge(connection, words[2]);
        } else {
            LOG.debug("{}: AGI command not emulated: {}", name, line);
            connection.reply("510 Invalid or unknown command");
        }
    }

    private void bridge(AgiConnection connection, String options) {
        int comma = options.indexOf(',');
        CallerChannel target = sw.caller(comma < 0 ? options : options.substring(0, comma));
        if (state != State.ANSWERED || target == null || !target.bridgeTo(this)) {
            connection.reply("200 result=0");
            return;
        }
        state = State.BRIDGED;
        caller = target;
        timer = sw.after(behaviour.talkMs(), this::agentHangsUp);
    }

    /** The agent hangs up the conversation: the bridge returns, and its {@code x} option ends the caller too. */
    private void agentHangsUp() {
        if (state != State.BRIDGED) {
            return;
        }
        sw.events().hangupRequest(this);
        session.reply("200 result=0");
        end(SwitchEvents.NORMAL_CLEARING);
        caller.bridgeEnded();
    }

    /** The caller's leg hung up during the bridge: the bridge returns and the dialplan hangs this leg up. */
    void partnerHungUp() {
        if (state == State.BRIDGED) {
            timer.cancel(false);
            session.reply("200 result=0");
            end(SwitchEvents.NORMAL_CLEARING);
        }
    }

    /** The session ended: an answered leg that was never bridged goes on to the dialplan's Hangup(). */
    @Override
    public void ended() {
        if (state == State.ANSWERED) {
            end(SwitchEvents.NORMAL_CLEARING);
            sw.legEndedUnbridged(phone);
        }
    }

    @Override
    public void hangUpByAction() {
        switch (state) {
            case RINGING -> {
                timer.cancel(false);
                end(SwitchEvents.NORMAL_CLEARING);
                sw.events().originateResponse(request, false, SwitchEvents.REASON_HUNG_UP, request.endpoint(),
                        uniqueId());
                sw.legEndedUnbridged(phone);
            }
            case ANSWERED -> {
                end(SwitchEvents.NORMAL_CLEARING);
                if (session != null) {
                    session.hangUp();
                }
                sw.legEndedUnbridged(phone);
            }
            case BRIDGED -> {
                timer.cancel(false);
                session.reply("200 result=0");
                end(SwitchEvents.NORMAL_CLEARING);
                caller.bridgeEnded();
            }
            case ENDED -> {
            }
        }
    }

    private void end(int cause) {
        state = State.ENDED;
        sw.events().hangup(this, cause);
        sw.remove(this);
        phone.released();
        sw.events().deviceState(phone.device(), phone.deviceState());
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String uniqueId() {
        return request.channelId();
    }

    @Override
    public Map<String, String> variables() {
        return variables;
    }

    @Override
    public String application() {
        return state == State.BRIDGED ? "Bridge" : state == State.RINGING ? "AppDial" : "AGI";
    }
}
