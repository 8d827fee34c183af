package org.acd.core.engine;

import org.acd.core.api.AcdCommands;
import org.acd.core.api.CallState;
import org.acd.core.model.AnnouncePolicy;

/**
 * Decides what waiting callers are told, from the engine's own position and wait estimate: every
 * {@link AnnouncePolicy#everyMs()} of its queue a waiting call is looked at, and the caller hears
 * their position and estimated wait only when the position changed or the estimate moved by the
 * queue's {@code min_change} since they last heard it, never when they are next. When the estimate
 * first exceeds the call's callback offer threshold (from the IVR's queue node), the caller is
 * offered a callback, once. Callers who left for a callback hear nothing. Engine thread only.
 */
final class Announcer {

    /** How often a call whose queue announces nothing is looked at for its callback offer. */
    static final long CALLBACK_OFFER_CHECK_MS = 15_000;
    private static final int NEXT = 1;

    private final EventTime time;
    private final Timers timers;
    private final AcdCommands commands;

    Announcer(EventTime time, Timers timers, AcdCommands commands) {
        this.time = time;
        this.timers = timers;
        this.commands = commands;
    }

    /**
     * The call joined a queue: it may be offered a callback at once, and is looked at again later.
     * Its position is worked out only when a callback offer is pending: most calls cost nothing here.
     */
    void joined(Call call) {
        if (call.state == CallState.QUEUED && offerPending(call)) {
            offerCallbackIfDue(call, WaitEstimator.estimateMs(call.queue, call.queue.positionOf(call)));
        }
        armNext(call);
    }

    private static boolean offerPending(Call call) {
        return call.callbackOfferAfterWaitMs > 0 && !call.callbackOffered;
    }

    /** The call's look is due. */
    void due(Call call) {
        if (call.state == CallState.QUEUED) {
            int position = call.queue.positionOf(call);
            long estimateMs = WaitEstimator.estimateMs(call.queue, position);
            offerCallbackIfDue(call, estimateMs);
            announceIfChanged(call, position, estimateMs);
        }
        armNext(call);
    }

    /** The caller left the line for a callback: nothing more to tell them. */
    void stop(Call call) {
        call.cancelAnnouncements(timers);
    }

    private void armNext(Call call) {
        if (call.isCallback()) {
            stop(call);
            return;
        }
        AnnouncePolicy policy = call.queue.config.announce();
        long everyMs = policy.isOn() ? policy.everyMs() : offerPending(call) ? CALLBACK_OFFER_CHECK_MS : 0;
        if (everyMs > 0) {
            timers.arm(call.announceTimer(), time.nowMs() + everyMs);
        } else {
            stop(call);
        }
    }

    private void offerCallbackIfDue(Call call, long estimateMs) {
        if (offerPending(call) && estimateMs > call.callbackOfferAfterWaitMs) {
            call.callbackOffered = true;
            commands.offerCallback(call.id);
        }
    }

    private void announceIfChanged(Call call, int position, long estimateMs) {
        AnnouncePolicy policy = call.queue.config.announce();
        if (!policy.isOn() || position <= NEXT) {
            return;
        }
        boolean positionChanged = policy.position() && position != call.announcedPosition;
        boolean waitKnown = policy.waitTime() && estimateMs != WaitEstimator.UNKNOWN;
        boolean waitChanged = waitKnown && (call.announcedWaitMs == WaitEstimator.UNKNOWN
                || Math.abs(estimateMs - call.announcedWaitMs) >= policy.minChangeMs());
        if (!positionChanged && !waitChanged) {
            return;
        }
        if (policy.position()) {
            call.announcedPosition = position;
        }
        if (waitKnown) {
            call.announcedWaitMs = estimateMs;
        }
        commands.announcePosition(call.id, policy.position() ? position : 0,
                waitKnown ? (estimateMs + 999) / 1000 : -1);
    }
}
