package org.acd.core.journal;

import java.lang.reflect.Proxy;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.queue.TailerDirection;

/**
 * How far the outcomes journal got: the index of the last event whose outcomes it holds, and how
 * many of that event's outcomes it holds (a crash can cut a group short). Found by reading the
 * outcomes journal backwards from its end to the last {@code causedBy} header: O(that group).
 *
 * @param lastEventIndex       the last event with journaled outcomes, or -1 if none
 * @param outcomesOfLastEvent  how many outcomes of that event are journaled
 */
public record RecoveryPoint(long lastEventIndex, long outcomesOfLastEvent) {

    public static RecoveryPoint find(Journal journal) {
        ExcerptTailer tailer = journal.outcomeTailer().direction(TailerDirection.BACKWARD).toEnd();
        long[] found = {-1, 0};
        JournaledOutcomes counter = (JournaledOutcomes) Proxy.newProxyInstance(
                JournaledOutcomes.class.getClassLoader(), new Class<?>[]{JournaledOutcomes.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("causedBy")) {
                        found[0] = (Long) args[0];
                    } else if (method.getDeclaringClass() != Object.class) {
                        found[1]++;
                    }
                    return null;
                });
        SkippingReader reader = new SkippingReader("outcomes", tailer, tailer.methodReader(counter));
        while (found[0] < 0 && reader.readOne()) {
            // each readOne steps one outcome back, until the header of the last group
        }
        return found[0] < 0 ? new RecoveryPoint(-1, 0) : new RecoveryPoint(found[0], found[1]);
    }

    /** How many outcomes of the event at {@code eventIndex} the journal already holds. */
    public long outcomesJournaledFor(long eventIndex) {
        if (eventIndex < lastEventIndex) {
            return OutcomeRecorder.ALL;
        }
        return eventIndex == lastEventIndex ? outcomesOfLastEvent : 0;
    }
}
