package org.acd.telephony.testing;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.asteriskjava.manager.ManagerConnection;
import org.asteriskjava.manager.ResponseEvents;
import org.asteriskjava.manager.SendActionCallback;
import org.asteriskjava.manager.SendEventGeneratingActionCallback;
import org.asteriskjava.manager.action.ManagerAction;
import org.asteriskjava.manager.event.ResponseEvent;
import org.asteriskjava.manager.response.ManagerError;
import org.asteriskjava.manager.response.ManagerResponse;

/**
 * An Asterisk-Java {@link ManagerConnection} that records the actions sent to it and answers each
 * with what {@link #answer} says for its action name (a success by default). Only the asynchronous
 * sends the adapter uses are implemented. Thread-safe.
 */
public final class FakeManagerConnection {

    private final BlockingQueue<ManagerAction> sent = new LinkedBlockingQueue<>();
    private final Map<String, Function<ManagerAction, ManagerResponse>> answers = new ConcurrentHashMap<>();
    private volatile List<ResponseEvent> listedEvents = List.of();
    private final ManagerConnection connection = (ManagerConnection) Proxy.newProxyInstance(
            ManagerConnection.class.getClassLoader(), new Class<?>[] {ManagerConnection.class},
            (proxy, method, args) -> switch (method.getName()) {
                case "sendAction" -> send((ManagerAction) args[0], (SendActionCallback) args[1]);
                case "sendEventGeneratingAction" -> list((ManagerAction) args[0],
                        (SendEventGeneratingActionCallback) args[1]);
                default -> throw new UnsupportedOperationException(method.getName());
            });

    public ManagerConnection connection() {
        return connection;
    }

    /** Answers every later action named {@code actionName} (e.g. "Originate") with {@code response}. */
    public void answer(String actionName, Function<ManagerAction, ManagerResponse> response) {
        answers.put(actionName.toLowerCase(Locale.ROOT), response);
    }

    /** Answers every later action named {@code actionName} with an error carrying {@code message}. */
    public void refuse(String actionName, String message) {
        answer(actionName, action -> {
            ManagerError error = new ManagerError();
            error.setResponse("Error");
            error.setMessage(message);
            return error;
        });
    }

    /** The events an event-generating action (CoreShowChannels) answers with. */
    public void listEvents(List<ResponseEvent> events) {
        listedEvents = List.copyOf(events);
    }

    /** The next action sent, waiting up to 5 s for it. */
    public ManagerAction nextAction() throws InterruptedException {
        ManagerAction action = sent.poll(5, TimeUnit.SECONDS);
        if (action == null) {
            throw new AssertionError("no AMI action sent within 5 s");
        }
        return action;
    }

    /** Every action sent so far and not taken by {@link #nextAction}. */
    public List<ManagerAction> drain() {
        List<ManagerAction> actions = new ArrayList<>();
        sent.drainTo(actions);
        return actions;
    }

    private Object send(ManagerAction action, SendActionCallback callback) {
        sent.add(action);
        callback.onResponse(answers.getOrDefault(action.getAction().toLowerCase(Locale.ROOT), a -> success()).apply(action));
        return null;
    }

    private Object list(ManagerAction action, SendEventGeneratingActionCallback callback) {
        sent.add(action);
        callback.onResponse(new ResponseEvents() {
            @Override
            public ManagerResponse getResponse() {
                return success();
            }

            @Override
            public Collection<ResponseEvent> getEvents() {
                return listedEvents;
            }
        });
        return null;
    }

    private static ManagerResponse success() {
        ManagerResponse response = new ManagerResponse();
        response.setResponse("Success");
        return response;
    }
}
