package org.acd.ivr;

import java.util.Map;
import java.util.concurrent.CompletionStage;
import org.acd.config.ivr.IvrFlow;
import org.acd.config.ivr.IvrFlows;
import org.acd.config.model.AcdConfig;
import org.acd.ivr.channel.IvrChannel;

/**
 * Runs the configured IVR flows: one run per call, node by node over the call's {@link IvrChannel},
 * with the call's variables, until the call is handed off ({@link IvrHandoff}), hung up or fails.
 * The telephony adapter starts a run when a trunk call arrives (the entry flow) and when a waiting
 * caller is offered a callback (the queue node's callback flow). Every step runs on the services'
 * executor and none blocks, so a caller waiting for keys holds no thread. What each call did is told
 * to the {@link IvrOutcomeListener}. The flows were checked by the configuration loader (every target
 * exists, no loop without a wait for the caller). A configuration reload replaces the flows
 * ({@link #replaceFlows}): each call takes its flow when its run starts, so new calls run the new
 * flows and calls already in a flow finish that one. {@code start} and {@code replaceFlows} from any thread.
 */
public final class FlowEngine {

    private volatile IvrFlows flows;
    private final IvrSettings settings;
    private final IvrServices services;
    private final NodeSteps steps = new NodeSteps();

    public FlowEngine(IvrFlows flows, IvrSettings settings, IvrServices services) {
        this.flows = flows;
        this.settings = settings;
        this.services = services;
    }

    /** An engine for the flows, tiers, caller directory settings and business hours of a configuration file. */
    public static FlowEngine of(AcdConfig config, IvrServices services) {
        return new FlowEngine(config.ivr(), IvrSettings.from(config), services);
    }

    /** New runs take {@code reloaded}'s flows (entry flow included); runs under way keep theirs. */
    public void replaceFlows(IvrFlows reloaded) {
        flows = reloaded;
    }

    /**
     * Runs the entry flow ({@code ivr.entry_flow}) for a new call; {@code callerNumber} is its caller
     * ID, empty when withheld. The stage completes when the call leaves the flow, after the hand-off.
     *
     * @throws IllegalStateException when the configuration has no IVR flows
     */
    public CompletionStage<FlowExit> start(long callId, String callerNumber, IvrChannel channel) {
        IvrFlows current = flows;
        String entry = current.entryFlow().orElseThrow(() -> new IllegalStateException(
                "the configuration has no ivr.entry_flow"));
        return run(current, entry, callId, callerNumber, Map.of(), channel);
    }

    /**
     * Runs flow {@code flowId} for a call, its variables starting from {@code variables} (a queued
     * call's {@link QueueRequest#attributes()}, for a callback offer); the caller's tier stays the
     * default tier unless they hold one.
     *
     * @throws IllegalArgumentException when no flow has that id
     */
    public CompletionStage<FlowExit> start(String flowId, long callId, String callerNumber,
                                           Map<String, String> variables, IvrChannel channel) {
        return run(flows, flowId, callId, callerNumber, variables, channel);
    }

    private CompletionStage<FlowExit> run(IvrFlows current, String flowId, long callId, String callerNumber,
                                          Map<String, String> variables, IvrChannel channel) {
        IvrFlow flow = current.flows().get(flowId);
        if (flow == null) {
            throw new IllegalArgumentException("no IVR flow '" + flowId + "'; the flows are "
                    + current.flows().keySet());
        }
        return new FlowRun(flow, callId, callerNumber, variables, channel, settings, services, steps).start();
    }
}
