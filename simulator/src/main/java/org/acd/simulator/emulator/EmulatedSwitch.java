package org.acd.simulator.emulator;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The emulated Asterisk's channels and phones. One thread, the {@code acd-emulator-switch} thread,
 * owns all of it: AMI actions, FastAGI lines and timers (ring, talk, patience, agents' habits) hop
 * onto it, so no state is shared and nothing is locked. Once {@link #holdStill} ran, no timer
 * fires any more: no caller arrives or hangs up, no phone answers or hangs up, no agent dials a
 * code; AMI actions and FastAGI commands are still answered.
 */
final class EmulatedSwitch {

    /** How long an agent waits before dialling a feature code again that the ACD did not answer. */
    private static final long FEATURE_REDIAL_MS = 2_000;

    /** Originate actions received, read from any thread. */
    private final AtomicLong originates = new AtomicLong();

    private final ScheduledExecutorService thread;
    private final FastAgiClient agi;
    private final SwitchEvents events;
    private final CallLedger ledger;
    private final RingPlan rings;
    private final Map<String, AgentPhone> phones = new HashMap<>();
    private final Map<String, EmulatedChannel> byName = new HashMap<>();
    private final Map<String, EmulatedChannel> byUniqueId = new HashMap<>();
    private final List<EmulatedAgent> agents = new ArrayList<>();
    private final long bootSeconds = System.currentTimeMillis() / 1000;
    private long channelSequence;
    private boolean still;

    EmulatedSwitch(ScheduledExecutorService thread, FastAgiClient agi, SwitchEvents events, CallLedger ledger,
                   Map<String, PhoneBehaviour> phonesByDevice, RingPlan rings) {
        this.thread = thread;
        this.agi = agi;
        this.events = events;
        this.ledger = ledger;
        this.rings = rings;
        phonesByDevice.forEach((device, behaviour) ->
                phones.put(device.toLowerCase(Locale.ROOT), new AgentPhone(device, behaviour)));
    }

    long nowMs() {
        return System.currentTimeMillis();
    }

    ScheduledFuture<?> after(long delayMs, Runnable work) {
        return thread.schedule(() -> {
            if (!still) {
                work.run();
            }
        }, delayMs, TimeUnit.MILLISECONDS);
    }

    /**
     * Gives the phone {@code device} an agent who acts as {@code habits} say, drawing from
     * {@code random}. Call before the switch is used: it makes the phone.
     */
    void addAgent(String device, AgentHabits habits, SplittableRandom random) {
        EmulatedAgent agent = new EmulatedAgent(this, device, habits, random);
        agents.add(agent);
        phones.put(device.toLowerCase(Locale.ROOT), new AgentPhone(device, true, agent));
    }

    /** Every agent added with {@link #addAgent} dials the login code and starts taking breaks. */
    void logInAgents() {
        agents.forEach(EmulatedAgent::logIn);
    }

    /** From now on, no timer fires (see the class comment). */
    void holdStill() {
        still = true;
    }

    /** The phone {@code device} dials a feature code: a short {@code agent-feature} FastAGI session. */
    void dialFeature(String device, FeatureCode code) {
        long sequence = ++channelSequence;
        String channel = device + "-" + String.format("%08x", sequence);
        agi.open(new AgiEnvironment(code.script(), channel, bootSeconds + "." + sequence,
                device.substring(device.indexOf('/') + 1), FeatureCode.CONTEXT, code.extension()),
                new FeatureCall(channel, () -> after(FEATURE_REDIAL_MS, () -> dialFeature(device, code))));
    }

    /** True when the phone {@code device} is registered and carries no call. */
    boolean phoneIdle(String device) {
        AgentPhone phone = phones.get(device.toLowerCase(Locale.ROOT));
        return phone != null && phone.idle();
    }

    FastAgiClient agi() {
        return agi;
    }

    SwitchEvents events() {
        return events;
    }

    CallLedger ledger() {
        return ledger;
    }

    /** A trunk call arrives and runs the inbound AGI; none does once the switch holds still. */
    void placeCall(CallerPlan plan) {
        if (still) {
            return;
        }
        long sequence = ++channelSequence;
        CallerChannel caller = new CallerChannel(this, "PJSIP/trunk-" + String.format("%08x", sequence),
                bootSeconds + "." + sequence, plan);
        add(caller);
        ledger.placed();
        caller.dial();
    }

    /**
     * Rings a phone for an Originate. A phone that is unknown, unregistered or busy fails at once
     * with no channel made (Uniqueid {@code <null>}), as PJSIP does without a contact.
     */
    void originate(OriginateRequest request) {
        originates.incrementAndGet();
        AgentPhone phone = phones.get(request.endpoint().toLowerCase(Locale.ROOT));
        if (phone == null || !phone.idle()) {
            int reason = phone != null && phone.reachable() ? SwitchEvents.REASON_BUSY
                    : SwitchEvents.REASON_FAILED;
            events.originateResponse(request, false, reason, request.endpoint(), "<null>");
            return;
        }
        long sequence = ++channelSequence;
        OriginateRequest named = request.channelId() == null ? request.withChannelId(bootSeconds + "." + sequence)
                : request;
        String name = phone.device() + "-" + String.format("%08x", sequence);
        AgentLeg leg = new AgentLeg(this, phone, name, named, rings.ring(phone.device(), phone.nextRing()));
        add(leg);
        leg.ring();
    }

    /**
     * A leg of {@code phone} ended without a conversation (rang out, cancelled, or let go by the ACD
     * after the answer): its agent keys ready again if the ring plan says so.
     */
    void legEndedUnbridged(AgentPhone phone) {
        long afterMs = rings.readyAgainAfterMs(phone.device());
        if (afterMs >= 0) {
            after(afterMs, () -> dialFeature(phone.device(), FeatureCode.READY));
        }
    }

    /** {@code DEVICE_STATE(device)}: {@code INVALID} for a device the switch does not know. */
    String deviceState(String device) {
        AgentPhone phone = phones.get(device.toLowerCase(Locale.ROOT));
        return phone == null ? "INVALID" : phone.deviceState();
    }

    /** A channel by name or unique id, as AMI actions name them; null when gone. */
    EmulatedChannel channel(String nameOrUniqueId) {
        EmulatedChannel channel = byName.get(nameOrUniqueId);
        return channel != null ? channel : byUniqueId.get(nameOrUniqueId);
    }

    CallerChannel caller(String name) {
        return byName.get(name) instanceof CallerChannel caller ? caller : null;
    }

    long originates() {
        return originates.get();
    }

    Collection<EmulatedChannel> liveChannels() {
        return List.copyOf(byName.values());
    }

    /** The trunk callers still on the line, in no particular order. */
    List<LiveCall> liveCalls() {
        return byName.values().stream().filter(CallerChannel.class::isInstance)
                .map(channel -> ((CallerChannel) channel).live()).toList();
    }

    void remove(EmulatedChannel channel) {
        byName.remove(channel.name());
        byUniqueId.remove(channel.uniqueId());
    }

    private void add(EmulatedChannel channel) {
        byName.put(channel.name(), channel);
        byUniqueId.put(channel.uniqueId(), channel);
    }
}
