package org.acd.simulator.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

final class TurnaroundRecorderTest {

    private final TurnaroundRecorder recorder = new TurnaroundRecorder();

    @Test
    void shouldKeepEveryTurnaroundByScriptWithoutAWarmup() {
        recorder.turnaround("inbound", ms(1));
        recorder.turnaround("inbound", ms(3));
        recorder.turnaround("agent-answered", ms(2));

        Map<String, Histogram> byScript = recorder.byScript();
        assertEquals(2, byScript.get("inbound").getTotalCount());
        assertEquals(1, byScript.get("agent-answered").getTotalCount());
        assertEquals(3, recorder.all().getTotalCount());
        assertEquals(0, recorder.warmup().getTotalCount());
    }

    @Test
    void shouldSetTheWarmupApartFromTheMeasuredTurnarounds() {
        recorder.turnaround("inbound", ms(500));
        recorder.turnaround("agent-answered", ms(300));
        recorder.endWarmup();
        recorder.turnaround("inbound", ms(1));
        recorder.turnaround("inbound", ms(2));
        recorder.turnaround("agent-feature", ms(1));

        Map<String, Histogram> byScript = recorder.byScript();
        assertEquals(2, byScript.get("inbound").getTotalCount());
        assertEquals(ms(2), byScript.get("inbound").getMaxValue(), ms(2) / 100.0,
                "the warm-up's 500 ms is not in the steady state");
        assertEquals(0, byScript.get("agent-answered").getTotalCount());
        assertEquals(3, recorder.all().getTotalCount());
        assertEquals(2, recorder.warmup().getTotalCount());
        assertEquals(ms(500), recorder.warmup().getMaxValue(), ms(500) / 100.0);
    }

    private static long ms(long millis) {
        return TimeUnit.MILLISECONDS.toNanos(millis);
    }
}
