package org.acd.telephony.ami;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.acd.telephony.Dialplan;
import org.acd.telephony.calls.OfferChannelId;
import org.asteriskjava.manager.ManagerConnection;
import org.asteriskjava.manager.action.CoreShowChannelsAction;
import org.asteriskjava.manager.action.GetVarAction;
import org.asteriskjava.manager.action.HangupAction;
import org.asteriskjava.manager.action.ManagerAction;
import org.asteriskjava.manager.action.OriginateAction;
import org.asteriskjava.manager.action.RedirectAction;
import org.asteriskjava.manager.action.SetVarAction;
import org.asteriskjava.manager.action.StatusAction;
import org.asteriskjava.manager.event.CoreShowChannelEvent;
import org.asteriskjava.manager.event.StatusEvent;
import org.asteriskjava.manager.response.ManagerError;
import org.asteriskjava.manager.response.ManagerResponse;

/**
 * The AMI actions the adapter sends, each answered by a future that fails on an error response, a
 * lost connection or the action timeout. Sending never waits for the answer.
 */
public final class AmiActions {

    /** Local channel option: never optimise the channel away once bridged. */
    private static final String KEEP_LOCAL_CHANNEL = "/n";

    private final ManagerConnection connection;
    private final Duration timeout;

    public AmiActions(ManagerConnection connection, Duration timeout) {
        this.connection = connection;
        this.timeout = timeout;
    }

    /** Rings the agent's phone; once answered, the leg runs the dialplan's agent context. */
    public CompletableFuture<ManagerResponse> originate(OfferChannelId offer, String endpoint, String callerNumber,
                                                        Duration maxRing) {
        OriginateAction action = new OriginateAction();
        action.setChannel(endpoint);
        action.setChannelId(offer.value());
        action.setContext(Dialplan.AGENT_CONTEXT);
        action.setExten("s");
        action.setPriority(1);
        action.setTimeout(maxRing.toMillis());
        action.setAsync(true);
        if (!callerNumber.isEmpty()) {
            action.setCallerId(callerNumber);
        }
        return send(action);
    }

    /**
     * Calls the customer of a callback through {@link Dialplan#CALLBACK_OUT_CONTEXT}; once answered,
     * their leg runs {@link Dialplan#CALLBACK_CONTEXT}. The leg's unique id is {@code channelId}. The
     * Local channel is kept ({@code /n}): optimising it away would swap the customer onto another
     * channel, whose old one's hang-up would read as the customer leaving.
     */
    public CompletableFuture<ManagerResponse> originateCallback(String channelId, String numberToCall,
                                                                Duration maxRing) {
        OriginateAction action = new OriginateAction();
        action.setChannel("Local/" + numberToCall + "@" + Dialplan.CALLBACK_OUT_CONTEXT + KEEP_LOCAL_CHANNEL);
        action.setChannelId(channelId);
        action.setContext(Dialplan.CALLBACK_CONTEXT);
        action.setExten("s");
        action.setPriority(1);
        action.setTimeout(maxRing.toMillis());
        action.setAsync(true);
        return send(action);
    }

    public CompletableFuture<ManagerResponse> hangup(String channel) {
        return send(new HangupAction(channel));
    }

    public CompletableFuture<ManagerResponse> setVariable(String channel, String name, String value) {
        return send(new SetVarAction(channel, name, value));
    }

    public CompletableFuture<ManagerResponse> redirect(String channel, String context, String exten) {
        return send(new RedirectAction(channel, context, exten, 1));
    }

    /** The device's state as Asterisk sees it now, e.g. {@code NOT_INUSE}. */
    public CompletableFuture<String> deviceState(String device) {
        return send(new GetVarAction("DEVICE_STATE(" + device + ")")).thenApply(r -> r.getAttribute("Value"));
    }

    /** The unique ids of every channel alive in Asterisk now. */
    public CompletableFuture<Set<String>> liveChannelUniqueIds() {
        CompletableFuture<Set<String>> live = new CompletableFuture<>();
        try {
            connection.sendEventGeneratingAction(new CoreShowChannelsAction(), events -> {
                Set<String> ids = new HashSet<>();
                events.getEvents().stream()
                        .filter(CoreShowChannelEvent.class::isInstance)
                        .map(e -> ((CoreShowChannelEvent) e).getUniqueid())
                        .forEach(ids::add);
                live.complete(ids);
            });
        } catch (IOException | RuntimeException e) {
            live.completeExceptionally(e);
        }
        return live.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Every channel alive in Asterisk now with its {@code ACD_CALL_ID} (one {@code Status} action
     * asking for that variable): how a restarted server finds the callers its journal still holds.
     */
    public CompletableFuture<List<LiveChannel>> liveChannelsWithCallIds() {
        CompletableFuture<List<LiveChannel>> live = new CompletableFuture<>();
        StatusAction status = new StatusAction();
        status.setVariables(Dialplan.CALL_ID_VARIABLE);
        try {
            connection.sendEventGeneratingAction(status, events -> {
                List<LiveChannel> channels = new ArrayList<>();
                events.getEvents().stream()
                        .filter(StatusEvent.class::isInstance)
                        .map(StatusEvent.class::cast)
                        .forEach(event -> channels.add(LiveChannel.of(event.getChannel(), event.getUniqueId(),
                                event.getVariables())));
                live.complete(channels);
            });
        } catch (IOException | RuntimeException e) {
            live.completeExceptionally(e);
        }
        return live.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private CompletableFuture<ManagerResponse> send(ManagerAction action) {
        CompletableFuture<ManagerResponse> answer = new CompletableFuture<>();
        try {
            connection.sendAction(action, answer::complete);
        } catch (IOException | RuntimeException e) {
            answer.completeExceptionally(new AmiActionException(action.getAction() + " not sent: " + e.getMessage()));
        }
        return answer.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).thenApply(response -> {
            if (response instanceof ManagerError) {
                throw new AmiActionException(action.getAction() + " refused: " + response.getMessage());
            }
            return response;
        });
    }
}
