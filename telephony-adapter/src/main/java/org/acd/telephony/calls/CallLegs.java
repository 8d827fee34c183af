package org.acd.telephony.calls;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.acd.core.api.AcdEvents;
import org.acd.core.api.CallbackFailure;
import org.acd.core.api.QueueRequest;
import org.acd.telephony.agi.AgiSession;

/**
 * The Asterisk side of the calls the engine knows, and the one place that turns what happens to
 * those channels into engine events. Each queued caller's channel, the agent legs ringing and the
 * agent legs answered are kept here.
 *
 * <p>The AMI event thread, the FastAGI event loops and the command thread all call in, so every
 * method holds this object's lock while it changes the legs and publishes: an event about a call is
 * published once, and never before the event that put the call in the engine. The lock is held for
 * a map operation and a ring publish, no I/O.
 */
public final class CallLegs {

    /** A caller in the queue: the channel agents are bridged to, and the unique id its hang-up carries. */
    public record CallerLeg(long callId, String channel, String uniqueId, String callerNumber) {
    }

    /** An agent's leg that answered, with the FastAGI session that holds it until it is bridged. */
    public record AgentLeg(OfferChannelId offer, AgiSession session) {
    }

    /**
     * A callback being placed: the customer's leg ({@code uniqueId}) dialing {@code numberToCall} for
     * the call, with the agent the engine reserved and that agent's phone, rung once the customer answers.
     */
    public record CallbackAttempt(String uniqueId, long callId, String agentId, String endpoint,
                                  String numberToCall) {
    }

    private final AcdEvents events;
    private final Clock clock;
    private final Map<String, CallerLeg> arriving = new HashMap<>();
    private final Map<Long, CallerLeg> callers = new HashMap<>();
    private final Map<String, CallerLeg> callersByUniqueId = new HashMap<>();
    private final Map<String, OfferChannelId> ringing = new HashMap<>();
    private final Map<Long, AgentLeg> answered = new HashMap<>();
    private final Map<String, CallbackAttempt> callingBack = new HashMap<>();
    /** While replayed calls are being adopted: unique ids that hung up unknown, so they are never adopted. */
    private Set<String> unknownHangUps;
    /**
     * While replayed calls are being adopted: calls whose end this adapter reported meanwhile, which
     * the engine's snapshot may still show as live; the adoption must not end them a second time.
     */
    private Set<Long> endedWhileAdopting;

    public CallLegs(AcdEvents events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /**
     * A caller is about to be queued: from now on its hang-up is watched, but the engine hears of
     * the call only at {@link #callerQueued}. A hang-up in between drops the leg silently.
     */
    public synchronized void callerArriving(CallerLeg leg) {
        arriving.put(leg.uniqueId(), leg);
    }

    /** {@link #callerQueued(CallerLeg, String, String, QueueRequest)} of a call as its queue and tier define it. */
    public boolean callerQueued(CallerLeg leg, String queueId, String tierId) {
        return callerQueued(leg, queueId, tierId, QueueRequest.NONE);
    }

    /**
     * The arriving caller's channel is ready to be held for {@code queueId}; the engine hears of
     * the call now, with what {@code request} asks beyond queue and tier. False if the caller hung up
     * meanwhile (the engine never hears of it).
     */
    public synchronized boolean callerQueued(CallerLeg leg, String queueId, String tierId, QueueRequest request) {
        if (arriving.remove(leg.uniqueId()) == null) {
            return false;
        }
        callers.put(leg.callId(), leg);
        callersByUniqueId.put(leg.uniqueId(), leg);
        events.callQueued(clock.millis(), leg.callId(), queueId, tierId, leg.callerNumber(), request);
        return true;
    }

    /**
     * A channel hung up. If it was a queued caller's, the engine hears that the caller hung up. A
     * callback's customer leg that ends before answering is left to its {@code OriginateResponse},
     * which comes after the hang-up and tells why ({@link #callbackFailed(String, CallbackFailure)}).
     */
    public synchronized void channelHungUp(String uniqueId) {
        OfferChannelId.parse(uniqueId).ifPresentOrElse(this::agentLegHungUp, () -> callerHungUp(uniqueId));
    }

    private void callerHungUp(String uniqueId) {
        if (arriving.remove(uniqueId) != null) {
            return;
        }
        CallerLeg leg = callersByUniqueId.remove(uniqueId);
        if (leg != null) {
            callers.remove(leg.callId());
            answered.remove(leg.callId());
            endedWhileAdopting(leg.callId());
            events.callerHungUp(clock.millis(), leg.callId());
        } else if (unknownHangUps != null) {
            unknownHangUps.add(uniqueId);
        }
    }

    /**
     * Starts remembering hang-ups of channels no leg knows, until {@link #endAdoption}: call it before
     * asking Asterisk which channels live, so a caller who hangs up before being adopted is not.
     */
    public synchronized void beginAdoption() {
        unknownHangUps = new HashSet<>();
        endedWhileAdopting = new HashSet<>();
    }

    /** True if this adapter reported the call's end since {@link #beginAdoption}. */
    public synchronized boolean endedSinceAdoptionBegan(long callId) {
        return endedWhileAdopting != null && endedWhileAdopting.contains(callId);
    }

    private void endedWhileAdopting(long callId) {
        if (endedWhileAdopting != null) {
            endedWhileAdopting.add(callId);
        }
    }

    /**
     * A caller the engine holds from its journal, found alive in Asterisk after a restart: its hang-up
     * is watched again from now on. False if that channel hung up since {@link #beginAdoption}.
     */
    public synchronized boolean adoptCaller(CallerLeg leg) {
        if (unknownHangUps != null && unknownHangUps.contains(leg.uniqueId())) {
            return false;
        }
        callers.put(leg.callId(), leg);
        callersByUniqueId.put(leg.uniqueId(), leg);
        return true;
    }

    /** True while the channel is an arriving or queued caller's here. */
    public synchronized boolean knowsCaller(String uniqueId) {
        return arriving.containsKey(uniqueId) || callersByUniqueId.containsKey(uniqueId);
    }

    public synchronized void endAdoption() {
        unknownHangUps = null;
        endedWhileAdopting = null;
    }

    private void agentLegHungUp(OfferChannelId offer) {
        if (ringing.remove(offer.value()) != null) {
            events.offerFailed(clock.millis(), offer.agentId(), offer.callId());
            return;
        }
        if (!dropAnswered(offer)) {
            return;
        }
        CallerLeg caller = callers.remove(offer.callId());
        if (caller != null) {
            callersByUniqueId.remove(caller.uniqueId());
            endedWhileAdopting(offer.callId());
            events.agentHungUp(clock.millis(), offer.callId());
        }
    }

    /** The caller left the queue on the engine's orders: its hang-up is no longer news. */
    public synchronized Optional<CallerLeg> callerLeft(long callId) {
        CallerLeg leg = callers.remove(callId);
        if (leg != null) {
            callersByUniqueId.remove(leg.uniqueId());
        }
        return Optional.ofNullable(leg);
    }

    /** The queued caller on the channel of that unique id, if any. */
    public synchronized Optional<CallerLeg> callerOnChannel(String uniqueId) {
        return Optional.ofNullable(callersByUniqueId.get(uniqueId));
    }

    public synchronized Optional<CallerLeg> caller(long callId) {
        return Optional.ofNullable(callers.get(callId));
    }

    public synchronized void ringing(OfferChannelId offer) {
        ringing.put(offer.value(), offer);
    }

    /** True while the adapter rings {@code agentId}'s phone or holds its answered leg: its device is busy with us. */
    public synchronized boolean holdsLegOf(String agentId) {
        return ringing.values().stream().anyMatch(offer -> offer.agentId().equals(agentId))
                || answered.values().stream().anyMatch(leg -> leg.offer().agentId().equals(agentId));
    }

    /** The offer ringing {@code agentId}'s phone, if any (the engine rings an agent for one call at a time). */
    public synchronized Optional<OfferChannelId> ringingOfferOf(String agentId) {
        return ringing.values().stream().filter(offer -> offer.agentId().equals(agentId)).findFirst();
    }

    /**
     * The caller of a queued call accepted a callback on {@code numberToCall}: the engine hears it, and
     * the hang-up of the leg they leave is no longer news. False if the caller is no longer queued.
     */
    public synchronized boolean callbackRequested(long callId, String numberToCall) {
        if (callerLeft(callId).isEmpty()) {
            return false;
        }
        events.callbackRequested(clock.millis(), callId, numberToCall);
        return true;
    }

    /**
     * A caller asked for a callback before being queued (the entry flow's callback node): the engine
     * hears the call queued in {@code queueId} and the request at once; the leg the caller is on is
     * never watched, since the call no longer needs it.
     */
    public synchronized void callbackRequested(CallerLeg leg, String queueId, String tierId, String numberToCall) {
        long nowMs = clock.millis();
        events.callQueued(nowMs, leg.callId(), queueId, tierId, leg.callerNumber(), QueueRequest.NONE);
        events.callbackRequested(nowMs, leg.callId(), numberToCall);
    }

    /** The customer's leg of a callback is being dialed: its answer or failure is news from now on. */
    public synchronized void callbackDialing(CallbackAttempt attempt) {
        callingBack.put(attempt.uniqueId(), attempt);
    }

    /**
     * The customer answered on {@code channel}: their leg becomes the call's caller leg (bridged to the
     * agent, its hang-up the customer's) and the engine hears the answer. Empty if the attempt had
     * ended already (withdrawn or failed), when the leg should be let go.
     */
    public synchronized Optional<CallbackAttempt> callbackAnswered(String uniqueId, String channel) {
        CallbackAttempt attempt = callingBack.remove(uniqueId);
        if (attempt == null) {
            return Optional.empty();
        }
        CallerLeg customer = new CallerLeg(attempt.callId(), channel, uniqueId, attempt.numberToCall());
        callers.put(customer.callId(), customer);
        callersByUniqueId.put(uniqueId, customer);
        events.callbackAnswered(clock.millis(), attempt.callId());
        return Optional.of(attempt);
    }

    /**
     * The customer's leg of a callback ended before answering, or could not be made: if the attempt
     * still stood the engine hears it failed. False when {@code uniqueId} is no callback being placed.
     */
    public synchronized boolean callbackFailed(String uniqueId, CallbackFailure reason) {
        CallbackAttempt attempt = callingBack.remove(uniqueId);
        if (attempt == null) {
            return false;
        }
        events.callbackFailed(clock.millis(), attempt.callId(), reason);
        return true;
    }

    /**
     * The engine took the attempt back (the agent went away, the answer timed out): the customer's
     * leg still being dialed, to hang up, or empty once they answered or the attempt ended.
     */
    public synchronized Optional<CallbackAttempt> callbackWithdrawn(long callId, String agentId) {
        Optional<CallbackAttempt> attempt = callingBack.values().stream()
                .filter(a -> a.callId() == callId && a.agentId().equals(agentId)).findFirst();
        attempt.ifPresent(a -> callingBack.remove(a.uniqueId()));
        return attempt;
    }

    /** The agent's phone could not be rung; if the offer still stood, the engine hears it failed. */
    public synchronized void offerFailed(OfferChannelId offer) {
        if (ringing.remove(offer.value()) != null) {
            events.offerFailed(clock.millis(), offer.agentId(), offer.callId());
        }
    }

    /**
     * The agent picked up. True if the offer still stood: the leg is kept for the bridge and the
     * engine hears the answer. False if the offer was already withdrawn or failed.
     */
    public synchronized boolean agentAnswered(AgentLeg leg) {
        if (ringing.remove(leg.offer().value()) == null) {
            return false;
        }
        answered.put(leg.offer().callId(), leg);
        events.agentAnswered(clock.millis(), leg.offer().agentId(), leg.offer().callId());
        return true;
    }

    /**
     * The engine withdrew its offer of the call to the agent: whatever happens to that leg from now on
     * is not news. Returns the leg's offer (ringing, or answered and not yet bridged) to hang up, or
     * empty when the adapter no longer holds one.
     */
    public synchronized Optional<OfferChannelId> offerWithdrawn(long callId, String agentId) {
        Optional<OfferChannelId> ring = ringing.values().stream().filter(offer -> offer.rings(callId, agentId))
                .findFirst();
        ring.ifPresent(offer -> ringing.remove(offer.value()));
        Optional<OfferChannelId> answer = Optional.ofNullable(answered.get(callId)).map(AgentLeg::offer)
                .filter(offer -> offer.rings(callId, agentId));
        answer.ifPresent(this::dropAnswered);
        return ring.or(() -> answer);
    }

    public synchronized Optional<AgentLeg> answeredLeg(long callId) {
        return Optional.ofNullable(answered.get(callId));
    }

    /**
     * After a (re)connect: every leg that was known before Asterisk listed its live channels and is
     * not among them ended while we were not listening. Call {@link #knownUniqueIds()} before asking
     * Asterisk, so a leg added meanwhile is never taken for gone.
     */
    public synchronized int reconcile(Set<String> knownBefore, Set<String> liveUniqueIds) {
        int closed = 0;
        for (String uniqueId : knownBefore) {
            if (!liveUniqueIds.contains(uniqueId)) {
                channelHungUp(uniqueId);
                closed++;
            }
        }
        return closed;
    }

    /** The unique ids of every caller and agent leg known now. */
    public synchronized Set<String> knownUniqueIds() {
        List<String> ids = new ArrayList<>(callersByUniqueId.keySet());
        ids.addAll(ringing.keySet());
        answered.values().forEach(leg -> ids.add(leg.offer().value()));
        return Set.copyOf(ids);
    }

    private boolean dropAnswered(OfferChannelId offer) {
        AgentLeg leg = answered.get(offer.callId());
        if (leg == null || !leg.offer().equals(offer)) {
            return false;
        }
        answered.remove(offer.callId());
        return true;
    }
}
