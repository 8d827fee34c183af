package org.acd.ivr.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.acd.ivr.CallbackRequest;
import org.acd.ivr.IvrHandoff;
import org.acd.ivr.QueueRequest;

/** Records the flow engine's hand-offs. Thread-safe. */
public final class RecordingHandoff implements IvrHandoff {

    private final List<QueueRequest> queued = new ArrayList<>();
    private final List<CallbackRequest> callbacks = new ArrayList<>();
    private final List<String> others = new ArrayList<>();

    @Override
    public synchronized void queue(QueueRequest request) {
        queued.add(request);
    }

    @Override
    public synchronized void callback(CallbackRequest request) {
        callbacks.add(request);
    }

    @Override
    public synchronized void voicemail(long callId, String mailbox, Map<String, String> attributes) {
        others.add("voicemail " + mailbox);
    }

    @Override
    public synchronized void transfer(long callId, String target) {
        others.add("transfer " + target);
    }

    @Override
    public synchronized void failed(long callId, String flowId, String nodeId, String reason) {
        others.add("failed " + flowId + "/" + nodeId + ": " + reason);
    }

    public synchronized List<QueueRequest> queued() {
        return List.copyOf(queued);
    }

    public synchronized List<CallbackRequest> callbacks() {
        return List.copyOf(callbacks);
    }

    /** Voicemail, transfer and failed hand-offs, one line each. */
    public synchronized List<String> others() {
        return List.copyOf(others);
    }
}
