package org.acd.simulator.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.acd.simulator.emulator.CallerPlan;
import org.acd.simulator.scenario.Distribution;
import org.junit.jupiter.api.Test;

final class LoadCallersTest {

    private static LoadProfile profile(double perSecond, long durationMs, long maxCalls, long seed) {
        return new LoadProfile(perSecond, durationMs, maxCalls, List.of("1", "2"), new Distribution.Fixed(30_000),
                new Distribution.Exponential(5_000), new Distribution.Fixed(1_000), 0, 5_000, seed);
    }

    @Test
    void shouldArriveAtTheOfferedRateWithinTheDuration() {
        List<CallerPlan> callers = LoadCallers.draw(profile(200, 60_000, Long.MAX_VALUE, 3));

        assertEquals(12_000, callers.size(), 4 * Math.sqrt(12_000), "Poisson count of 200/s over 60 s");
        assertTrue(callers.stream().allMatch(caller -> caller.atMs() < 60_000));
        assertTrue(callers.stream().allMatch(caller -> caller.patienceMs() == 30_000));
        for (int n = 1; n < callers.size(); n++) {
            assertTrue(callers.get(n).atMs() >= callers.get(n - 1).atMs(), "in arrival order");
        }
        Set<String> digits = callers.stream().map(CallerPlan::digit).collect(Collectors.toSet());
        assertEquals(Set.of("1", "2"), digits);
    }

    @Test
    void shouldStopAtTheNumberOfCallsWhenItComesFirst() {
        List<CallerPlan> callers = LoadCallers.draw(profile(20, 3_600_000, 25, 3));

        assertEquals(25, callers.size());
        assertEquals("5551000", callers.get(0).number());
        assertEquals("5551024", callers.get(24).number());
    }

    @Test
    void shouldDrawTheSameCallersForTheSameSeed() {
        assertEquals(LoadCallers.draw(profile(50, 10_000, 100, 9)), LoadCallers.draw(profile(50, 10_000, 100, 9)));
    }

    @Test
    void shouldRefuseAProfileThatCannotRunWithAMessageNamingTheSetting() {
        IllegalArgumentException noRate = assertThrows(IllegalArgumentException.class, () -> profile(0, 1_000, 1, 1));
        assertTrue(noRate.getMessage().startsWith("rate:"), noRate.getMessage());
        IllegalArgumentException endless = assertThrows(IllegalArgumentException.class, () -> new LoadProfile(1, 1_000,
                1, List.of("1"), new Distribution.Never(), new Distribution.Never(), new Distribution.Fixed(0), 0, 0, 1));
        assertTrue(endless.getMessage().startsWith("handle time and answer delay:"), endless.getMessage());
    }
}
