package org.acd.ivr;

import java.util.Map;

/**
 * Where a flow hands a call when it leaves the IVR: the telephony side implements it (queue the call
 * in the engine and hold the caller, take a callback, run the voicemail or transfer dialplan). Called
 * on the flow engine's executor, once per terminal node reached; a callback request comes before the
 * flow's last prompt, so a caller who hangs up during it keeps the callback. After a hand-off the flow
 * leaves the channel alone, except after a callback, where it goes on to the callback node's next.
 */
public interface IvrHandoff {

    void queue(QueueRequest request);

    void callback(CallbackRequest request);

    void voicemail(long callId, String mailbox, Map<String, String> attributes);

    /** Transfer to a dialplan target outside this server. */
    void transfer(long callId, String target);

    /**
     * The flow could not go on at {@code nodeId} (a branch without a matching case or default, a broken
     * channel, no callback number); the caller may still be on the line and the telephony side
     * decides (the default queue, most often).
     */
    void failed(long callId, String flowId, String nodeId, String reason);
}
