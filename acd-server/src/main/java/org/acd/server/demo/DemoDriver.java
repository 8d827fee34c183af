package org.acd.server.demo;

import java.util.List;
import java.util.Random;
import java.util.function.LongSupplier;
import org.acd.core.api.AcdCommands;
import org.acd.core.api.AcdEvents;
import org.acd.core.api.ExitAction;
import org.acd.core.model.AgentConfig;
import org.acd.core.model.RoutingConfig;

/**
 * Plays the demo's callers and agents against the real routing runtime, in real time: Poisson
 * arrivals whose rate swings between quiet and busy, agents answering or not, callers talking or
 * giving up, breaks. The runtime's own ticker tells the engine that time passes.
 *
 * <p>The engine calls the {@link AcdCommands} methods on its engine thread; each is handed to the
 * driver thread at once, so the engine never waits for the driver. Everything else runs on the
 * driver thread, {@code acd-demo-driver}; {@link #start} and {@link #stop} are called by the
 * thread that runs the demo.
 */
final class DemoDriver implements AcdCommands {

    private final DemoThread thread = new DemoThread("acd-demo-driver");
    private final LongSupplier clock;
    private final DemoTraffic traffic;
    private final CallMix mix;
    private final Random random;
    private final List<String> agentIds;
    private long startMs;
    private CallerBehaviour callers;
    private AgentBehaviour agents;

    DemoDriver(RoutingConfig config, DemoTraffic traffic, CallMix mix, long seed, LongSupplier clock) {
        this.clock = clock;
        this.traffic = traffic;
        this.mix = mix;
        this.random = new Random(seed);
        this.agentIds = config.agents().stream().map(AgentConfig::id).toList();
    }

    /**
     * Logs the agents in and sets callers arriving, the busy and quiet times of their arrivals
     * counted from {@code startMs}. Every event, and so every command, comes after this has set up
     * the callers and agents the commands are handed to.
     */
    void start(AcdEvents events, long startMs) {
        this.startMs = startMs;
        callers = new CallerBehaviour(thread, clock, events, random, traffic, mix);
        agents = new AgentBehaviour(thread, clock, events, random, traffic, agentIds);
        thread.execute(() -> {
            agents.logInAll();
            scheduleNextArrival();
            scheduleNextBreak();
        });
    }

    /** Stops arrivals, callers and phones, and waits for the driver thread to end; no event follows. */
    void stop() {
        thread.stop();
    }

    /** How many callers arrived; exact once {@link #stop} returned. */
    long callsArrived() {
        return callers.arrivals();
    }

    @Override
    public void offerCall(long callId, String agentId, String endpoint) {
        thread.execute(() -> agents.ring(callId, agentId));
    }

    @Override
    public void cancelOffer(long callId, String agentId) {
        thread.execute(() -> agents.stopRinging(callId, agentId, callers.isWaiting(callId)));
    }

    @Override
    public void connectCall(long callId, String agentId) {
        thread.execute(() -> callers.connected(callId));
    }

    /** The demo's callers never accept a callback, so none is ever placed. */
    @Override
    public void placeCallback(long callId, String agentId, String endpoint, String numberToCall) {
        throw new UnsupportedOperationException("call " + callId + ": the demo's callers never ask for a callback");
    }

    /** The demo's callers are not told anything; the outcome narration shows the queue instead. */
    @Override
    public void announcePosition(long callId, int position, long estimatedWaitSeconds) {
    }

    /** The demo's callers decline every callback offer and wait on. */
    @Override
    public void offerCallback(long callId) {
    }

    @Override
    public void exitQueue(long callId, ExitAction action, String target) {
        thread.execute(() -> callers.leftQueue(callId));
    }

    private void scheduleNextArrival() {
        double perSecond = traffic.arrivalsPerSecondAt(clock.getAsLong() - startMs);
        thread.after(Randomness.exponentialMs(random, 1_000 / perSecond), () -> {
            callers.arrive();
            scheduleNextArrival();
        });
    }

    private void scheduleNextBreak() {
        thread.after(Randomness.exponentialMs(random, traffic.meanBreakIntervalMs()), () -> {
            agents.maybeTakeBreak();
            scheduleNextBreak();
        });
    }
}
