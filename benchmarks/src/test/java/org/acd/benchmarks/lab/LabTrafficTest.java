package org.acd.benchmarks.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.acd.simulator.sipp.SippTimedCallers.Arrival;
import org.junit.jupiter.api.Test;

final class LabTrafficTest {

    @Test
    void shouldDrawPoissonArrivalsAndExponentialPatienceAroundTheirMeans() {
        List<Arrival> arrivals = new LabTraffic(2, 3_600, 30_000, 8_000, 1_000, 4, 7).arrivals();

        assertEquals(7_200, arrivals.size(), 300, "2 a second for an hour");
        double meanPatienceMs = arrivals.stream().mapToLong(arrival -> arrival.call().hangupMs()).average().orElseThrow();
        assertEquals(30_000, meanPatienceMs, 1_500);
        for (int i = 1; i < arrivals.size(); i++) {
            assertTrue(arrivals.get(i).atMs() >= arrivals.get(i - 1).atMs(), "arrivals in order");
            assertTrue(arrivals.get(i).atMs() < 3_600_000, "all within the window");
        }
        assertEquals(arrivals.size(), arrivals.stream().map(arrival -> arrival.call().caller()).distinct().count());
    }

    @Test
    void shouldDrawTheSameCallersFromTheSameSeed() {
        assertEquals(new LabTraffic(1, 60, 30_000, 8_000, 1_000, 4, 3).arrivals(),
                new LabTraffic(1, 60, 30_000, 8_000, 1_000, 4, 3).arrivals());
    }

    @Test
    void shouldRefuseMoreAgentsThanTheLabHasPhones() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new LabTraffic(1, 60, 30_000, 8_000, 1_000, 9, 1));
        assertEquals("--agents 9: the lab has phones for agents 1 to 8", error.getMessage());
    }
}
