package org.acd.telephony;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.acd.core.api.AcdCommands;
import org.acd.core.api.CallbackFailure;
import org.acd.core.api.ExitAction;
import org.acd.telephony.ami.AmiActions;
import org.acd.telephony.calls.CallLegs;
import org.acd.telephony.calls.CallLegs.CallbackAttempt;
import org.acd.telephony.calls.OfferChannelId;
import org.asteriskjava.fastagi.command.ExecCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's commands carried out on Asterisk. The engine thread only enqueues; the
 * {@code acd-telephony-commands} thread runs each command in the engine's order, as AMI actions
 * and FastAGI commands whose answers arrive later. A command that fails is logged and reported
 * back as an event where the engine needs to know (an agent that could not be rung).
 */
public final class TelephonyCommands implements AcdCommands, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TelephonyCommands.class);
    private static final int MAX_QUEUED_COMMANDS = 1 << 20;
    /** Bridge option: hang up the caller's leg when the bridge ends, whichever side left. */
    private static final String HANG_UP_BOTH_AFTER_BRIDGE = "x";
    /** The unique id of a callback's customer leg: {@code acd-callback-<callId>-<ring>-<agentId>}. */
    private static final String CALLBACK_CHANNEL_PREFIX = "acd-callback-";
    private static final long SECONDS_PER_MINUTE = 60;

    private final CallLegs legs;
    private final AmiActions actions;
    private final Duration maxRing;
    private final AtomicLong announcementsNotPlayed = new AtomicLong();
    private final AtomicLong callbackOffersNotMade = new AtomicLong();
    /** Numbers each ring and callback dial, so that no two legs share a unique id ({@link OfferChannelId}). */
    private final AtomicLong rings = new AtomicLong();
    private final ExecutorService thread = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>(MAX_QUEUED_COMMANDS), runnable -> {
                Thread t = new Thread(runnable, "acd-telephony-commands");
                t.setDaemon(true);
                return t;
            });

    public TelephonyCommands(CallLegs legs, AmiActions actions, Duration maxRing) {
        this.legs = legs;
        this.actions = actions;
        this.maxRing = maxRing;
    }

    @Override
    public void offerCall(long callId, String agentId, String endpoint) {
        run("offerCall", () -> ring(new OfferChannelId(callId, rings.incrementAndGet(), agentId), endpoint));
    }

    @Override
    public void cancelOffer(long callId, String agentId) {
        run("cancelOffer", () -> {
            legs.offerWithdrawn(callId, agentId).ifPresent(offer -> hangUp(offer.value()));
            legs.callbackWithdrawn(callId, agentId).ifPresent(attempt -> hangUp(attempt.uniqueId()));
        });
    }

    @Override
    public void connectCall(long callId, String agentId) {
        run("connectCall", () -> legs.answeredLeg(callId)
                .filter(leg -> leg.offer().agentId().equals(agentId))
                .ifPresentOrElse(leg -> legs.caller(callId).ifPresentOrElse(
                        caller -> leg.session()
                                .send(new ExecCommand("Bridge", caller.channel() + "," + HANG_UP_BOTH_AFTER_BRIDGE))
                                .whenComplete((reply, failure) -> leg.session().close()),
                        () -> leg.session().close()),
                        () -> LOG.debug("connectCall {}: agent {} no longer holds an answered leg", callId, agentId)));
    }

    @Override
    public void exitQueue(long callId, ExitAction action, String target) {
        run("exitQueue", () -> legs.callerLeft(callId).ifPresent(caller -> {
            if (action == ExitAction.HANGUP) {
                actions.hangup(caller.channel());
            } else {
                actions.setVariable(caller.channel(), Dialplan.EXIT_TARGET_VARIABLE, target == null ? "" : target);
                actions.redirect(caller.channel(), Dialplan.EXIT_CONTEXT, action.name().toLowerCase(Locale.ROOT))
                        .exceptionally(failure -> {
                            LOG.warn("call {} could not leave the queue to {}: {}", callId, action, rootMessage(failure));
                            return null;
                        });
            }
        }));
    }

    /**
     * Dials the customer (AMI Originate through the dialplan's callback contexts, see {@link Dialplan})
     * on a leg of its own, {@code acd-callback-<callId>-<ring>-<agentId>}. Once they answer, the
     * {@code callback-answered} session reports it and {@link #ringAgent} rings the agent; a refused
     * Originate fails the attempt at once, a dial that ends unanswered fails it by its
     * {@code OriginateResponse} (busy, congestion, no answer).
     */
    @Override
    public void placeCallback(long callId, String agentId, String endpoint, String numberToCall) {
        run("placeCallback", () -> {
            CallbackAttempt attempt = new CallbackAttempt(
                    CALLBACK_CHANNEL_PREFIX + callId + "-" + rings.incrementAndGet() + "-" + agentId,
                    callId, agentId, endpoint, numberToCall);
            legs.callbackDialing(attempt);
            actions.originateCallback(attempt.uniqueId(), numberToCall, maxRing).whenComplete((response, failure) -> {
                if (failure != null) {
                    LOG.warn("could not call {} back for call {}: {}", numberToCall, callId, rootMessage(failure));
                    legs.callbackFailed(attempt.uniqueId(), CallbackFailure.UNREACHABLE);
                }
            });
        });
    }

    /**
     * The customer of a callback answered and holds: ring the agent the engine reserved for it, as
     * for any offer (the engine's ring timeout and RONA apply from here). Called from the callback's
     * FastAGI session; runs on the command thread like the engine's commands.
     */
    public void ringAgent(CallbackAttempt answered) {
        run("ringAgent", () -> ring(new OfferChannelId(answered.callId(), rings.incrementAndGet(),
                answered.agentId()), answered.endpoint()));
    }

    /**
     * Sets the position and the wait (in minutes, rounded up) on the caller's channel and redirects
     * it to the dialplan's announcement, which says them and holds the caller on music again; the
     * channel keeps its name, so an agent's bridge still finds it.
     */
    @Override
    public void announcePosition(long callId, int position, long estimatedWaitSeconds) {
        run("announcePosition", () -> legs.caller(callId).ifPresentOrElse(caller -> {
            actions.setVariable(caller.channel(), Dialplan.POSITION_VARIABLE, Integer.toString(Math.max(position, 0)));
            actions.setVariable(caller.channel(), Dialplan.WAIT_MINUTES_VARIABLE, estimatedWaitSeconds > 0
                    ? Long.toString((estimatedWaitSeconds + SECONDS_PER_MINUTE - 1) / SECONDS_PER_MINUTE) : "");
            redirect(callId, caller.channel(), Dialplan.ANNOUNCE_CONTEXT, announcementsNotPlayed);
        }, announcementsNotPlayed::incrementAndGet));
    }

    /**
     * Redirects the waiting caller to the dialplan's callback offer, whose FastAGI session runs the
     * offer flow the caller's queue node named; their answer comes back as {@code callbackRequested},
     * or they hold on music again.
     */
    @Override
    public void offerCallback(long callId) {
        run("offerCallback", () -> legs.caller(callId).ifPresentOrElse(
                caller -> redirect(callId, caller.channel(), Dialplan.CALLBACK_OFFER_CONTEXT, callbackOffersNotMade),
                callbackOffersNotMade::incrementAndGet));
    }

    /** Announcements the engine asked for that could not be played (the caller gone, the redirect refused). */
    public long announcementsNotPlayed() {
        return announcementsNotPlayed.get();
    }

    /** Callback offers the engine asked for that could not be made (the caller gone, the redirect refused). */
    public long callbackOffersNotMade() {
        return callbackOffersNotMade.get();
    }

    private void redirect(long callId, String channel, String context, AtomicLong notDone) {
        actions.redirect(channel, context, "s").exceptionally(failure -> {
            notDone.incrementAndGet();
            LOG.debug("call {}: redirect to {} refused: {}", callId, context, rootMessage(failure));
            return null;
        });
    }

    private void ring(OfferChannelId offer, String endpoint) {
        legs.caller(offer.callId()).ifPresentOrElse(caller -> {
            legs.ringing(offer);
            actions.originate(offer, endpoint, caller.callerNumber(), maxRing).whenComplete((response, failure) -> {
                if (failure != null) {
                    LOG.warn("could not ring {} for call {}: {}", endpoint, offer.callId(), rootMessage(failure));
                    legs.offerFailed(offer);
                }
            });
        }, () -> LOG.debug("offerCall {}: the caller is gone", offer.callId()));
    }

    private void hangUp(String uniqueId) {
        actions.hangup(uniqueId).exceptionally(failure -> {
            LOG.debug("leg {} already gone: {}", uniqueId, rootMessage(failure));
            return null;
        });
    }

    /** The message of what went wrong, without the CompletionException a future wraps it in. */
    private static String rootMessage(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        return cause.getMessage();
    }

    private void run(String command, Runnable work) {
        try {
            thread.execute(() -> {
                try {
                    work.run();
                } catch (RuntimeException e) {
                    LOG.error("{} failed", command, e);
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.error("{} dropped: {} telephony commands are waiting already", command, MAX_QUEUED_COMMANDS);
        }
    }

    @Override
    public void close() {
        thread.shutdown();
    }
}
