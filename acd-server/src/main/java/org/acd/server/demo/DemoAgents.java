package org.acd.server.demo;

import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.acd.core.model.AgentConfig;
import org.acd.core.model.RoutingConfig;
import org.acd.core.view.AgentView;
import org.acd.core.view.EngineSnapshot;
import org.acd.server.telephony.AcdServer;
import org.acd.simulator.emulator.AgentHabits;

/** The demo's agents at their emulated phones, and how the demo waits for the server to see them. */
final class DemoAgents {

    /** Generous: the AMI login and every phone's device state, on a busy machine. */
    private static final long LINK_TIMEOUT_MS = 30_000;
    private static final long POLL_EVERY_MS = 20;

    private DemoAgents() {
    }

    /** An agent with {@code habits} at the phone of every agent of {@code routing}. */
    static Map<String, AgentHabits> habitsByPhone(RoutingConfig routing, AgentHabits habits) {
        return routing.agents().stream().collect(Collectors.toMap(AgentConfig::endpoint, agent -> habits));
    }

    /**
     * Returns once the server is logged in to the emulator's AMI and has read every agent's phone
     * as reachable, so that agents logging in can be offered calls at once.
     *
     * @throws IllegalStateException when that takes longer than 30 s
     */
    static void awaitPhonesSeen(AcdServer server, RoutingConfig routing) throws InterruptedException {
        long deadlineNs = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(LINK_TIMEOUT_MS);
        while (!(server.adapter().amiConnected() && everyPhoneReachable(server, routing))) {
            if (System.nanoTime() > deadlineNs) {
                throw notLinked(null);
            }
            Thread.sleep(POLL_EVERY_MS);
        }
    }

    private static boolean everyPhoneReachable(AcdServer server, RoutingConfig routing) throws InterruptedException {
        try {
            EngineSnapshot snapshot = server.snapshot().get(LINK_TIMEOUT_MS, TimeUnit.MILLISECONDS);
            return snapshot.agents().stream().filter(AgentView::deviceReachable).count() == routing.agents().size();
        } catch (ExecutionException | TimeoutException e) {
            throw notLinked(e);
        }
    }

    private static IllegalStateException notLinked(Exception cause) {
        return new IllegalStateException("the server did not log in to the emulated Asterisk and read its phones "
                + "within " + LINK_TIMEOUT_MS + " ms", cause);
    }
}
