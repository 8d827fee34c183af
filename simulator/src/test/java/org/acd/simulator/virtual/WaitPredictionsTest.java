package org.acd.simulator.virtual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.acd.simulator.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

final class WaitPredictionsTest {

    private static SimulatedCall entered(WaitPredictions predictions, long id, long arrivalMs, boolean counted,
                                         long engineEstimateMs) {
        SimulatedCall call = new SimulatedCall(id, arrivalMs, "support", counted);
        predictions.entered(call, engineEstimateMs);
        return call;
    }

    @Test
    void shouldJudgeBothPredictorsOnTheSameAnsweredCalls() {
        WaitPredictions predictions = new WaitPredictions();
        SimulatedCall warmUp = entered(predictions, 1, 0, false, 5_000);
        predictions.answered(warmUp, 10_000);
        SimulatedCall first = entered(predictions, 2, 20_000, true, 30_000);
        SimulatedCall second = entered(predictions, 3, 21_000, true, -1);
        predictions.answered(first, 40_000);
        SimulatedCall third = entered(predictions, 4, 41_000, true, 10_000);
        predictions.answered(second, 50_000);
        predictions.answered(third, 71_000);

        WaitEstimateAccuracy support = predictions.accuracy().get("support");
        assertEquals(1, support.unpredicted());
        assertEquals(2, support.engine().calls());
        assertEquals(2, support.movingAverage().calls());
        // engine: first 30 s for 20 s (+10 s), third 10 s for 30 s (-20 s)
        assertEquals(15_000, support.engine().meanAbsoluteMs());
        assertEquals(-5_000, support.engine().meanSignedMs());
        assertEquals(20_000, support.engine().p90AbsoluteMs(), 20);
        // moving average: first 10 s (the warm-up wait) for 20 s, third 15 s (10 s and 20 s) for 30 s
        assertEquals(12_500, support.movingAverage().meanAbsoluteMs());
        assertEquals(-12_500, support.movingAverage().meanSignedMs());
    }

    @Test
    void shouldMeasureTheEnginesEstimateOnEveryAnsweredCallOfAShippedScenario() {
        SimulationResult result = Simulator.run(ScenarioLoader.load(Path.of("../config/examples/queue-busy.yaml")));
        WaitEstimateAccuracy support = result.waitEstimates().get("support");

        assertEquals(result.groundTruth().answered(), support.engine().calls() + support.unpredicted());
        assertTrue(support.engine().meanAbsoluteMs() < support.movingAverage().meanAbsoluteMs(), support::toString);
    }
}
