package org.acd.simulator.sipp;

import java.nio.file.Path;
import java.util.List;
import org.acd.simulator.lab.AsteriskLab;

/**
 * Agent {@code agent}'s phone dialling one feature code ({@code *71} login, {@code *72} logout,
 * {@code *73} pause, {@code *74} ready) with config/sipp/agent-feature.xml. Asterisk knows the
 * agent by the From user, so the call goes from the lab's feature code port of the agent
 * ({@link org.acd.simulator.lab.LabPorts#featureCodeBase()} + agent), beside the phone's answering port.
 */
public record SippFeatureCode(int agent, String code) {

    private static final int BASE_PORT = AsteriskLab.PORTS.featureCodeBase();
    private static final int BASE_MEDIA_PORT = AsteriskLab.PORTS.featureCodeMediaBase();

    /** Places the one call; the process ends when Asterisk has answered and hung up, or refused. */
    public SippProcess dial(Path repository, Path traceDirectory, String sipServer) {
        return SippProcess.start(List.of(sipServer,
                "-sf", repository.resolve("config/sipp/agent-feature.xml").toString(),
                "-s", code, "-key", "agent", "agent" + agent,
                "-i", "127.0.0.1", "-p", Integer.toString(BASE_PORT + agent),
                "-mp", Integer.toString(BASE_MEDIA_PORT + 10 * agent),
                "-m", "1"),
                traceDirectory.resolve("agent" + agent + "-dial" + code.replace("*", "") + ".log"));
    }
}
