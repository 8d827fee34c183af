package org.acd.server.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.function.LongSupplier;
import org.acd.core.api.AcdEvents;

/**
 * The demo's agents at their phones. They log in at the start; a ringing phone is answered after a
 * moment, or now and then left to ring out, after which the engine sets the agent not ready (RONA)
 * and the agent makes themselves ready again a few seconds later. Now and then an agent takes a
 * break: not ready with reason {@code break}, then ready again. Driver thread only.
 */
final class AgentBehaviour {

    private static final String BREAK = "break";

    /** A phone ringing for a call, with the answer to come, or null when the agent lets it ring. */
    private record Ringing(long callId, ScheduledFuture<?> answer) {
    }

    private final DemoThread thread;
    private final LongSupplier clock;
    private final AcdEvents events;
    private final Random random;
    private final DemoTraffic traffic;
    private final List<String> agentIds;
    private final Map<String, Ringing> ringing = new HashMap<>();
    /** Agents on a break or getting back from a ring-no-answer: left alone by the break scheduler. */
    private final Set<String> away = new HashSet<>();

    AgentBehaviour(DemoThread thread, LongSupplier clock, AcdEvents events, Random random, DemoTraffic traffic,
                   List<String> agentIds) {
        this.thread = thread;
        this.clock = clock;
        this.events = events;
        this.random = random;
        this.traffic = traffic;
        this.agentIds = List.copyOf(agentIds);
    }

    void logInAll() {
        agentIds.forEach(agentId -> events.agentLoggedIn(clock.getAsLong(), agentId));
    }

    /** The engine rings the agent's phone for the call. */
    void ring(long callId, String agentId) {
        ScheduledFuture<?> answer = null;
        if (random.nextDouble() >= traffic.noAnswerChance()) {
            long delayMs = Randomness.uniformMs(random, traffic.answerMinMs(), traffic.answerMaxMs());
            answer = thread.after(delayMs, () -> answer(callId, agentId));
        }
        ringing.put(agentId, new Ringing(callId, answer));
    }

    /**
     * The engine stopped the ringing: the ring timed out (RONA), the caller hung up, or the agent
     * went on a break. Only after a RONA is the agent not ready with nothing of their own to do.
     */
    void stopRinging(long callId, String agentId, boolean callerStillWaiting) {
        Ringing ring = ringing.get(agentId);
        if (ring == null || ring.callId() != callId) {
            return;
        }
        ringing.remove(agentId);
        if (ring.answer() != null) {
            ring.answer().cancel(false);
        } else if (callerStillWaiting && away.add(agentId)) {
            long recoveryMs = Randomness.uniformMs(random, traffic.ronaRecoveryMinMs(), traffic.ronaRecoveryMaxMs());
            thread.after(recoveryMs, () -> comeBack(agentId));
        }
    }

    /**
     * Sends one agent on a break, unless enough are on one already; not one whose phone rings, who
     * would otherwise be answering and leaving at the same moment.
     */
    void maybeTakeBreak() {
        List<String> atDesk = new ArrayList<>(agentIds);
        atDesk.removeAll(away);
        atDesk.removeAll(ringing.keySet());
        if (away.size() >= traffic.maxAgentsOnBreak() || atDesk.isEmpty()) {
            return;
        }
        String agentId = atDesk.get(random.nextInt(atDesk.size()));
        away.add(agentId);
        events.agentNotReady(clock.getAsLong(), agentId, BREAK);
        thread.after(Randomness.uniformMs(random, traffic.breakMinMs(), traffic.breakMaxMs()), () -> comeBack(agentId));
    }

    private void answer(long callId, String agentId) {
        Ringing ring = ringing.get(agentId);
        if (ring != null && ring.callId() == callId) {
            ringing.remove(agentId);
            events.agentAnswered(clock.getAsLong(), agentId, callId);
        }
    }

    private void comeBack(String agentId) {
        away.remove(agentId);
        events.agentReady(clock.getAsLong(), agentId);
    }
}
