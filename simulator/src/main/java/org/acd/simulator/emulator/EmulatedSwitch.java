package org.acd.simulator.emulator;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The emulated Asterisk's channels and phones. One thread, the {@code acd-emulator-switch} thread,
 * owns all of it: AMI actions, FastAGI lines and timers (ring, talk, patience) hop onto it, so no
 * state is shared and nothing is locked.
 */
final class EmulatedSwitch {

    private final ScheduledExecutorService thread;
    private final FastAgiClient agi;
    private final SwitchEvents events;
    private final CallLedger ledger;
    private final RingPlan rings;
    private final Map<String, AgentPhone> phones = new HashMap<>();
    private final Map<String, EmulatedChannel> byName = new HashMap<>();
    private final Map<String, EmulatedChannel> byUniqueId = new HashMap<>();
    private final long bootSeconds = System.currentTimeMillis() / 1000;
    private long channelSequence;

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
        return thread.schedule(work, delayMs, TimeUnit.MILLISECONDS);
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

    /** A trunk call arrives and runs the inbound AGI. */
    void placeCall(CallerPlan plan) {
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
        AgentPhone phone = phones.get(request.endpoint().toLowerCase(Locale.ROOT));
        if (phone == null || !phone.idle()) {
            int reason = phone != null && phone.behaviour().reachable() ? SwitchEvents.REASON_BUSY
                    : SwitchEvents.REASON_FAILED;
            events.originateResponse(request, false, reason, request.endpoint(), "<null>");
            return;
        }
        long sequence = ++channelSequence;
        OriginateRequest named = request.channelId() == null ? request.withChannelId(bootSeconds + "." + sequence)
                : request;
        String name = phone.device() + "-" + String.format("%08x", sequence);
        AgentLeg leg = new AgentLeg(this, phone, name, named, rings.ring(phone.device(), phone.behaviour()));
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
            after(afterMs, () -> dialFeatureCode(phone, "ready"));
        }
    }

    private void dialFeatureCode(AgentPhone phone, String action) {
        long sequence = ++channelSequence;
        agi.open(new AgiEnvironment("agent-feature?action=" + action,
                phone.device() + "-" + String.format("%08x", sequence), bootSeconds + "." + sequence, "unknown",
                "agents", "*74"), new FeatureCodeCall());
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

    Collection<EmulatedChannel> liveChannels() {
        return List.copyOf(byName.values());
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
