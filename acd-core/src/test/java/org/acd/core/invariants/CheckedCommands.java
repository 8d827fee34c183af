package org.acd.core.invariants;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.acd.core.api.AcdCommands;
import org.acd.core.api.AgentState;
import org.acd.core.api.CallState;
import org.acd.core.api.ExitAction;
import org.acd.core.model.RoutingStrategy;
import org.acd.core.testing.RecordedCommands;
import org.acd.core.view.AgentView;
import org.acd.core.view.CallView;
import org.acd.core.view.EngineSnapshot;

/**
 * The engine's commands, each offer checked at the moment it is made: the engine's state is read
 * through its public snapshot from inside the command (same thread, so it is the state the engine
 * decided on), and the agent must be reachable, hold that call only, be eligible for it by
 * {@link RoutingRules}, and have no waiting call it is eligible for that {@link Ranking} puts first.
 * Engine thread only.
 */
final class CheckedCommands implements AcdCommands {

    private final RoutingRules rules;
    private final Ranking ranking;
    private final Violations violations;
    private final RecordedCommands readable = new RecordedCommands();
    private final List<String> offers = new ArrayList<>();
    private final List<String> cancels = new ArrayList<>();
    private final List<String> connects = new ArrayList<>();
    private final List<String> exits = new ArrayList<>();
    private Supplier<EngineSnapshot> engineState;
    private long offersMade;
    /** The number of each agent's last offer, counted over all queues. */
    private final Map<String, Long> lastOfferTo = new HashMap<>();

    CheckedCommands(RoutingRules rules, Ranking ranking, Violations violations) {
        this.rules = rules;
        this.ranking = ranking;
        this.violations = violations;
    }

    /** The engine whose state offers are checked against; set once it exists. */
    void readStateFrom(Supplier<EngineSnapshot> snapshot) {
        this.engineState = snapshot;
    }

    void beginEvent() {
        offers.clear();
        cancels.clear();
        connects.clear();
        exits.clear();
        readable.drain();
    }

    List<String> offers() {
        return offers;
    }

    List<String> cancels() {
        return cancels;
    }

    List<String> connects() {
        return connects;
    }

    List<String> exits() {
        return exits;
    }

    List<String> readableCommands() {
        return readable.lines();
    }

    @Override
    public void offerCall(long callId, String agentId, String endpoint) {
        readable.offerCall(callId, agentId, endpoint);
        checkOffer(callId, agentId, endpoint, CallState.OFFERED);
    }

    /** A callback is offered to its agent as a call is, and counts as an offer (round robin counts it). */
    @Override
    public void placeCallback(long callId, String agentId, String endpoint, String numberToCall) {
        readable.placeCallback(callId, agentId, endpoint, numberToCall);
        checkOffer(callId, agentId, endpoint, CallState.CALLING_BACK);
    }

    private void checkOffer(long callId, String agentId, String endpoint, CallState expected) {
        offers.add(callId + "->" + agentId);
        if (!rules.agent(agentId).endpoint().equals(endpoint)) {
            violations.add("offerCall " + callId + " rings " + endpoint + ", agent " + agentId + " has "
                    + rules.agent(agentId).endpoint());
        }
        EngineSnapshot now = engineState.get();
        CallView call = now.calls().stream().filter(c -> c.id() == callId).findFirst().orElse(null);
        AgentView agent = now.agents().stream().filter(a -> a.id().equals(agentId)).findFirst().orElse(null);
        if (call == null || call.state() != expected || !call.agentId().equals(agentId)) {
            violations.add("offerCall " + callId + " -> " + agentId + " but the call is " + call);
        } else if (agent == null || agent.state() != AgentState.RESERVED || agent.callId() != callId
                || !agent.deviceReachable()) {
            violations.add("offerCall " + callId + " -> " + agentId + " but the agent is " + agent);
        } else if (!rules.eligible(agentId, call)) {
            violations.add("offerCall " + callId + " -> " + agentId + ": not eligible for a " + call.tierId()
                    + " call in " + call.queueId() + " after " + call.stepsApplied() + " steps (engine requirement "
                    + call.requirement() + ", agent skills " + rules.agent(agentId).skills() + ")");
        } else {
            checkNoCallRanksBefore(now, call, agentId);
            checkNoAgentRanksBefore(now, call, agent);
        }
        offersMade++;
        lastOfferTo.put(agentId, offersMade);
        if (now.offersMade() != offersMade) {
            violations.add("offerCall " + callId + " is offer #" + offersMade + ", the engine counts " + now.offersMade());
        }
    }

    /**
     * When other agents eligible for the call are idle, the call chose among them (an agent who
     * picks a call has none idle beside it for that call), by its queue's strategy, then longest
     * idle, then configuration order. Round robin counts offers by any queue, as this class counts
     * them. Most skilled is left out: "the highest proficiency in the queue's skills" does not say
     * how several skills, a tier's skill or an alternative weigh.
     */
    private void checkNoAgentRanksBefore(EngineSnapshot now, CallView offered, AgentView chosen) {
        RoutingStrategy strategy = rules.queue(offered.queueId()).strategy();
        if (strategy == RoutingStrategy.MOST_SKILLED) {
            return;
        }
        Comparator<AgentView> order = Comparator.comparingLong((AgentView agent) -> switch (strategy) {
                    case LEAST_OCCUPIED -> agent.handleMsSinceLogin();
                    case ROUND_ROBIN -> lastOfferTo.getOrDefault(agent.id(), 0L);
                    default -> 0;
                })
                .thenComparingLong(AgentView::idleSinceMs)
                .thenComparingInt(agent -> rules.configOrder(agent.id()));
        for (AgentView idle : now.agents()) {
            if (idle.routable()
                    && rules.eligible(idle.id(), offered)
                    && order.compare(idle, chosen) < 0) {
                violations.add("offerCall " + offered.id() + " -> " + chosen.id() + " in " + strategy + " queue "
                        + offered.queueId() + " while " + idle.id() + " comes first: " + idle + " against " + chosen);
            }
        }
    }

    /**
     * The agent gets the best waiting call it is eligible for. When the call chose the agent (it
     * arrived while the agent was idle) no other call could have been waiting for that agent, so
     * the rule holds for both ways an offer is made.
     */
    private void checkNoCallRanksBefore(EngineSnapshot now, CallView offered, String agentId) {
        for (CallView waiting : now.calls()) {
            if (SnapshotInvariants.waitsInBucket(waiting) && rules.eligible(agentId, waiting)
                    && ranking.mustComeFirst(waiting, offered, now.atMs())) {
                violations.add(String.format("offerCall %d -> %s while call %d ranks before it: effective priority "
                                + "%.3f (entry %d) against %.3f (entry %d)", offered.id(), agentId, waiting.id(),
                        ranking.effectivePriority(waiting, now.atMs()), waiting.entryMs(),
                        ranking.effectivePriority(offered, now.atMs()), offered.entryMs()));
            }
        }
    }

    @Override
    public void cancelOffer(long callId, String agentId) {
        readable.cancelOffer(callId, agentId);
        cancels.add(callId + "->" + agentId);
    }

    @Override
    public void connectCall(long callId, String agentId) {
        readable.connectCall(callId, agentId);
        connects.add(callId + "->" + agentId);
    }

    @Override
    public void exitQueue(long callId, ExitAction action, String target) {
        readable.exitQueue(callId, action, target);
        exits.add(callId + " " + action + " " + target);
    }
}
