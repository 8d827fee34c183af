package org.acd.benchmarks.dispatch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.acd.simulator.sipp.SippTrace;
import org.acd.simulator.sipp.SippTraceLine;

/**
 * What the SIP side saw of one dispatch run, from the SIPp traces alone: for every agent, the gap
 * between its BYE and its next INVITE while some caller was waiting; the speed of answer; calls
 * answered and lost. A caller waits from the moment Asterisk answered it until an agent's phone
 * answered for it (callers have distinct numbers, and the agent leg carries the caller's number).
 */
final class DispatchAnalysis {

    private final Histogram gapsUs = new Histogram(60_000_000L, 3);
    private long answered;
    private long lost;
    private long offered;
    private long totalAnswerUs;

    static DispatchAnalysis of(SippTrace callers, List<SippTrace> agents) {
        DispatchAnalysis analysis = new DispatchAnalysis();
        Map<String, Long> callerAnsweredUs = new HashMap<>();
        callers.events("ANSWERED").forEach(line -> callerAnsweredUs.put(line.party(), line.epochMicros()));
        Map<String, Long> agentAnsweredUs = new HashMap<>();
        agents.forEach(agent -> agent.events("ANSWERED")
                .forEach(line -> agentAnsweredUs.put(line.party(), line.epochMicros())));

        analysis.offered = callerAnsweredUs.size();
        for (Map.Entry<String, Long> caller : callerAnsweredUs.entrySet()) {
            Long reached = agentAnsweredUs.get(caller.getKey());
            if (reached == null) {
                analysis.lost++;
            } else {
                analysis.answered++;
                analysis.totalAnswerUs += reached - caller.getValue();
            }
        }
        for (SippTrace agent : agents) {
            analysis.recordGaps(agent, callerAnsweredUs, agentAnsweredUs);
        }
        return analysis;
    }

    private void recordGaps(SippTrace agent, Map<String, Long> callerAnsweredUs, Map<String, Long> agentAnsweredUs) {
        List<SippTraceLine> lines = new ArrayList<>(agent.where(line ->
                line.event().equals("BYE_SENT") || line.event().equals("INVITE_RECEIVED")));
        lines.sort(Comparator.comparingLong(SippTraceLine::epochMicros));
        for (int i = 0; i + 1 < lines.size(); i++) {
            SippTraceLine bye = lines.get(i);
            SippTraceLine next = lines.get(i + 1);
            if (bye.event().equals("BYE_SENT") && next.event().equals("INVITE_RECEIVED")
                    && someoneWaiting(bye.epochMicros(), callerAnsweredUs, agentAnsweredUs)) {
                gapsUs.recordValue(next.epochMicros() - bye.epochMicros());
            }
        }
    }

    private static boolean someoneWaiting(long atUs, Map<String, Long> callerAnsweredUs,
                                          Map<String, Long> agentAnsweredUs) {
        return callerAnsweredUs.entrySet().stream().anyMatch(caller -> caller.getValue() < atUs
                && agentAnsweredUs.getOrDefault(caller.getKey(), Long.MAX_VALUE) > atUs);
    }

    Histogram gapsUs() {
        return gapsUs;
    }

    long offered() {
        return offered;
    }

    long answered() {
        return answered;
    }

    /** Callers Asterisk answered whom no agent answered. */
    long lost() {
        return lost;
    }

    /** Mean time from Asterisk answering the caller to an agent answering, in ms. */
    double averageSpeedOfAnswerMs() {
        return answered == 0 ? Double.NaN : totalAnswerUs / 1000.0 / answered;
    }
}
