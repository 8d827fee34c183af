package org.acd.telephony.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

final class CallIdsTest {

    @Test
    void shouldCountUpFromTheStartTimeShiftedBySixteenBits() {
        CallIds ids = new CallIds(1_700_000_000_000L);

        assertEquals((1_700_000_000_000L << 16) + 1, ids.next());
        assertEquals((1_700_000_000_000L << 16) + 2, ids.next());
    }

    @Test
    void shouldNeverMeetTheIdsOfAnEarlierStartOneMillisecondLater() {
        CallIds earlier = new CallIds(1_700_000_000_000L);
        long lastOfEarlier = 0;
        for (int i = 0; i < 65_535; i++) {
            lastOfEarlier = earlier.next();
        }

        assertTrue(new CallIds(1_700_000_000_001L).next() > lastOfEarlier);
    }
}
