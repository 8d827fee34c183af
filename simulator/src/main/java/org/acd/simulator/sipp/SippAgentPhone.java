package org.acd.simulator.sipp;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.acd.simulator.lab.AsteriskLab;

/**
 * An agent's SIP phone played by SIPp (config/sipp/agent*.xml) on the port the lab's pjsip.conf
 * gives agent {@code n} as its static contact.
 *
 * @param agent    agent number, 1..8 (agent N is PJSIP/agentN)
 * @param scenario which phone: one that answers, one that never answers, one that is busy
 * @param ringMs   how long it rings before answering
 * @param talkMs   how long the agent talks before hanging up
 */
public record SippAgentPhone(int agent, Scenario scenario, long ringMs, long talkMs) {

    /** Agent N's phone listens on this + N: the lab's {@code ACD_AGENT_BASE_PORT}. */
    public static final int BASE_PORT = AsteriskLab.PORTS.agentBase();
    private static final int BASE_MEDIA_PORT = AsteriskLab.PORTS.agentMediaBase();

    public enum Scenario {
        ANSWERS("agent.xml"), NEVER_ANSWERS("agent-noanswer.xml"), BUSY("agent-busy.xml");

        private final String file;

        Scenario(String file) {
            this.file = file;
        }
    }

    public static SippAgentPhone answering(int agent, long ringMs, long talkMs) {
        return new SippAgentPhone(agent, Scenario.ANSWERS, ringMs, talkMs);
    }

    public static SippAgentPhone neverAnswering(int agent) {
        return new SippAgentPhone(agent, Scenario.NEVER_ANSWERS, 0, 0);
    }

    public static SippAgentPhone busy(int agent) {
        return new SippAgentPhone(agent, Scenario.BUSY, 0, 0);
    }

    public int port() {
        return BASE_PORT + agent;
    }

    /** Starts the phone; {@code repository} holds config/sipp, the trace goes to {@code traceDirectory}. */
    public SippProcess start(Path repository, Path traceDirectory) {
        List<String> arguments = new ArrayList<>(List.of(
                "-sf", repository.resolve("config/sipp").resolve(scenario.file).toString(),
                "-i", "127.0.0.1", "-p", Integer.toString(port()),
                "-mp", Integer.toString(BASE_MEDIA_PORT + 10 * agent)));
        if (scenario == Scenario.ANSWERS) {
            arguments.addAll(List.of("-set", "ring_ms", Long.toString(ringMs), "-set", "talk_ms", Long.toString(talkMs),
                    "-set", "talk_jitter_ms", "0"));
        }
        return SippProcess.start(arguments, traceDirectory.resolve("agent" + agent + ".log"));
    }
}
