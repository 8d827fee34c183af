package org.acd.core.testing;

import java.util.ArrayList;
import java.util.List;
import org.acd.core.api.AcdCommands;
import org.acd.core.api.ExitAction;

/** Records the engine's commands as readable lines, e.g. {@code offerCall 7 -> a1}. */
public final class RecordedCommands implements AcdCommands {

    private final List<String> lines = new ArrayList<>();

    @Override
    public void offerCall(long callId, String agentId, String endpoint) {
        lines.add("offerCall " + callId + " -> " + agentId);
    }

    @Override
    public void cancelOffer(long callId, String agentId) {
        lines.add("cancelOffer " + callId + " -> " + agentId);
    }

    @Override
    public void connectCall(long callId, String agentId) {
        lines.add("connectCall " + callId + " -> " + agentId);
    }

    @Override
    public void exitQueue(long callId, ExitAction action, String target) {
        lines.add("exitQueue " + callId + " " + action + (target.isEmpty() ? "" : " " + target));
    }

    @Override
    public void placeCallback(long callId, String agentId, String endpoint, String numberToCall) {
        lines.add("placeCallback " + callId + " -> " + agentId + " to " + numberToCall);
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }

    /** The lines recorded since the last call, then forgets them. */
    public List<String> drain() {
        List<String> drained = List.copyOf(lines);
        lines.clear();
        return drained;
    }
}
