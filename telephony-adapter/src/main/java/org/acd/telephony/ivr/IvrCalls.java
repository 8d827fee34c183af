package org.acd.telephony.ivr;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The trunk calls a flow is running for, by call id: where the {@link AgiIvrHandoff} finds the
 * session of the call a flow hands off. The inbound script adds a call before its run starts and
 * removes it when the run ends; the hand-off reads it on the flow engine's executor in between.
 */
public final class IvrCalls {

    private final Map<Long, IvrCall> calls = new ConcurrentHashMap<>();

    public void add(IvrCall call) {
        calls.put(call.leg().callId(), call);
    }

    public Optional<IvrCall> find(long callId) {
        return Optional.ofNullable(calls.get(callId));
    }

    public void remove(long callId) {
        calls.remove(callId);
    }

    /** How many calls are in the IVR now. */
    public int size() {
        return calls.size();
    }
}
