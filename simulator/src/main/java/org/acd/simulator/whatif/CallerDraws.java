package org.acd.simulator.whatif;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * What the replay's callers and phones do where the journal does not say, drawn from what it does
 * say; where it says, exactly that. Patience: an abandoned caller's wait exactly; any other caller's
 * wait plus an exponential draw of the fitted mean ({@link ObservedDay#meanPatienceMs}), which is
 * the exponential conditioned to exceed the wait already observed (memorylessness), or no limit
 * when nobody hung up. Talk time: the call's own, or for a call not answered then (or still talking
 * at the journal's end) one drawn from the conversations that ended in its queue (in any queue if
 * none did). Offers: the call's own in order; beyond them, drawn from every offer that ended by an
 * answer, a RONA or a failure. Separate random streams per kind of draw. Replay thread only.
 */
final class CallerDraws {

    private final SplittableRandom patienceRandom;
    private final SplittableRandom talkRandom;
    private final SplittableRandom offerRandom;
    private final double meanPatienceMs;
    private final long endMs;
    private final Map<String, List<Long>> talkByQueue = new HashMap<>();
    private final List<Long> allTalk = new ArrayList<>();
    private final List<ObservedOffer> endedOffers = new ArrayList<>();
    private final List<Long> answeredRings = new ArrayList<>();

    CallerDraws(ObservedDay day, long seed) {
        SplittableRandom root = new SplittableRandom(seed);
        this.patienceRandom = root.split();
        this.talkRandom = root.split();
        this.offerRandom = root.split();
        this.meanPatienceMs = day.meanPatienceMs();
        this.endMs = day.endMs();
        for (ObservedCall call : day.calls()) {
            if (call.talkMs() != ObservedCall.TALK_UNKNOWN) {
                talkByQueue.computeIfAbsent(call.queueId(), queue -> new ArrayList<>()).add(call.talkMs());
                allTalk.add(call.talkMs());
            }
            for (ObservedOffer offer : call.offers) {
                if (!(offer instanceof ObservedOffer.Unresolved)) {
                    endedOffers.add(offer);
                }
                if (offer instanceof ObservedOffer.Answered answered) {
                    answeredRings.add(answered.ringMs());
                }
            }
        }
    }

    /** How long the caller waits before hanging up, from queue entry; {@link ObservedOffer#NEVER} for no limit. */
    long patienceMs(ObservedCall call) {
        if (call.ending() == ObservedCall.Ending.ABANDONED) {
            return call.waitMs();
        }
        if (Double.isInfinite(meanPatienceMs)) {
            return ObservedOffer.NEVER;
        }
        long beyondMs = Math.round(-meanPatienceMs * Math.log(1.0 - patienceRandom.nextDouble()));
        return call.waitMs() + Math.max(1, beyondMs);
    }

    /**
     * How long the conversation lasts once answered.
     *
     * @throws IllegalStateException when it is not known and no conversation in the journal ended
     */
    long talkMs(ObservedCall call) {
        boolean answered = call.ending() == ObservedCall.Ending.ANSWERED;
        if (answered && call.talkMs() != ObservedCall.TALK_UNKNOWN) {
            return call.talkMs();
        }
        List<Long> pool = talkByQueue.getOrDefault(call.queueId(), allTalk);
        if (pool.isEmpty()) {
            throw new IllegalStateException("no conversation ended in the journal: no talk time to give call "
                    + call.callId() + ", answered in the what-if and not in the journal");
        }
        long drawnMs = pool.get(talkRandom.nextInt(pool.size()));
        long talkingAtEndMs = endMs - (call.enteredMs() + call.waitMs());
        return answered ? Math.max(talkingAtEndMs + 1, drawnMs) : drawnMs;
    }

    /** How the call's {@code index}-th offer (from 0) ends. */
    ObservedOffer offer(ObservedCall call, int index) {
        if (index < call.offers.size()) {
            return call.offers.get(index);
        }
        if (endedOffers.isEmpty()) {
            return new ObservedOffer.Answered(0);
        }
        return endedOffers.get(offerRandom.nextInt(endedOffers.size()));
    }

    /** When a phone that was still ringing after {@code ringSoFarMs} in the journal is answered. */
    long ringAfterMs(long ringSoFarMs) {
        long drawnMs = answeredRings.isEmpty() ? 0 : answeredRings.get(offerRandom.nextInt(answeredRings.size()));
        return Math.max(ringSoFarMs + 1, drawnMs);
    }
}
