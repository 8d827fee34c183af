package org.acd.benchmarks.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.acd.simulator.sipp.SippTrace;
import org.acd.simulator.sipp.SippTraceLine;
import org.junit.jupiter.api.Test;

final class DispatchAnalysisTest {

    @Test
    void shouldMeasureTheGapFromAnAgentsByeToItsNextInviteOnlyWhileSomeoneWaits() {
        SippTrace callers = trace(
                line(0, "ANSWERED", "A"),
                line(100, "ANSWERED", "B"),
                line(8_000, "ANSWERED", "C"),
                line(8_500, "ANSWERED", "D"));
        SippTrace agent = trace(
                line(500, "INVITE_RECEIVED", "A"),
                line(700, "ANSWERED", "A"),
                line(3_700, "BYE_SENT", "A"),
                line(3_710, "INVITE_RECEIVED", "B"),
                line(3_900, "ANSWERED", "B"),
                line(6_900, "BYE_SENT", "B"),
                line(9_000, "INVITE_RECEIVED", "C"),
                line(9_200, "ANSWERED", "C"));

        DispatchAnalysis analysis = DispatchAnalysis.of(callers, List.of(agent));

        assertEquals(1, analysis.gapsUs().getTotalCount(), "the gap after B, when no caller waited, is not counted");
        assertEquals(10_000, analysis.gapsUs().getMaxValue(), 10);
        assertEquals(4, analysis.offered());
        assertEquals(3, analysis.answered());
        assertEquals(1, analysis.lost(), "D was answered by Asterisk but never by an agent");
        assertEquals((700 + 3_800 + 1_200) / 3.0, analysis.averageSpeedOfAnswerMs(), 0.01);
    }

    private static SippTrace trace(SippTraceLine... lines) {
        return new SippTrace(List.of(lines));
    }

    private static SippTraceLine line(long atMs, String event, String caller) {
        return new SippTraceLine(atMs * 1000, event, "call-" + caller, caller, "");
    }
}
