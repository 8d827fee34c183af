package org.acd.simulator.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.acd.simulator.emulator.PhoneBehaviour;
import org.acd.simulator.scenario.Distribution;
import org.junit.jupiter.api.Test;

final class DrawnRingsTest {

    private static final PhoneBehaviour STANDING = PhoneBehaviour.answering(0, 1);

    private static DrawnRings rings(double noAnswerProbability) {
        return new DrawnRings(new LoadProfile(10, 1_000, 1, List.of("1"), new Distribution.Never(),
                new Distribution.Fixed(9_000), new Distribution.Fixed(1_000), noAnswerProbability, 5_000, 4));
    }

    @Test
    void shouldAnswerEveryRingAfterTheDrawnDelayAndTalkForTheDrawnTime() {
        DrawnRings rings = rings(0);

        PhoneBehaviour ring = rings.ring("PJSIP/a0001", STANDING);

        assertEquals(new PhoneBehaviour(true, true, 1_000, 9_000), ring);
        assertEquals(5_000, rings.readyAgainAfterMs("PJSIP/a0001"));
    }

    @Test
    void shouldLeaveTheNoAnswerShareOfRingsUnanswered() {
        DrawnRings rings = rings(0.25);

        long unanswered = IntStream.range(0, 4_000).mapToObj(n -> rings.ring("PJSIP/a0001", STANDING))
                .filter(ring -> !ring.answers()).count();

        assertEquals(1_000, unanswered, 4 * Math.sqrt(4_000 * 0.25 * 0.75));
    }

    @Test
    void shouldKeepAnUnreachablePhoneUnreachable() {
        assertFalse(rings(0).ring("PJSIP/a0001", PhoneBehaviour.unreachable()).reachable());
        assertTrue(rings(0).ring("PJSIP/a0001", STANDING).reachable());
    }
}
