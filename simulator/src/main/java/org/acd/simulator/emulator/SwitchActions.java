package org.acd.simulator.emulator;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The call-related AMI actions, answered as Asterisk answers them: {@code Originate} (async),
 * {@code Hangup}, {@code SetVar}, {@code Redirect}, {@code GetVar}, {@code CoreShowChannels} and
 * {@code Status} (with the channel variables it names).
 * Called on a connection's event loop; every action runs on the switch thread, which also writes
 * the response, so a response never overtakes the events that came before it.
 */
final class SwitchActions implements AmiActionHandler {

    private final EmulatedSwitch sw;
    private final Executor switchThread;

    SwitchActions(EmulatedSwitch sw, Executor switchThread) {
        this.sw = sw;
        this.switchThread = switchThread;
    }

    @Override
    public void handle(AmiMessage action, Consumer<AmiMessage> replies) {
        switchThread.execute(() -> replies.accept(run(action, replies)));
    }

    private AmiMessage run(AmiMessage action, Consumer<AmiMessage> replies) {
        return switch (action.action()) {
            case "originate" -> originate(action);
            case "hangup" -> hangup(action);
            case "setvar" -> setVar(action);
            case "getvar" -> getVar(action);
            case "redirect" -> redirect(action);
            case "coreshowchannels" -> coreShowChannels(action, replies);
            case "status" -> status(action, replies);
            default -> AmiResponses.error(action, "Invalid/unknown command");
        };
    }

    /**
     * Answers at once; the ringing starts after the response is written, and the
     * {@code OriginateResponse} event follows when the phone answers or fails.
     */
    private AmiMessage originate(AmiMessage action) {
        OriginateRequest request;
        try {
            request = OriginateRequest.of(action);
        } catch (NumberFormatException e) {
            return AmiResponses.error(action, "Invalid timeout");
        }
        if (request.endpoint().isEmpty()) {
            return AmiResponses.error(action, "Channel not specified");
        }
        switchThread.execute(() -> sw.originate(request));
        return AmiResponses.success(action, "Originate successfully queued");
    }

    private AmiMessage hangup(AmiMessage action) {
        EmulatedChannel channel = sw.channel(action.getOrDefault("Channel", ""));
        if (channel == null) {
            return AmiResponses.error(action, "No such channel");
        }
        channel.hangUpByAction();
        return AmiResponses.success(action, "Channel Hungup");
    }

    private AmiMessage setVar(AmiMessage action) {
        EmulatedChannel channel = sw.channel(action.getOrDefault("Channel", ""));
        String variable = action.get("Variable");
        if (channel == null || variable == null) {
            return AmiResponses.error(action, channel == null ? "No such channel" : "No variable specified");
        }
        channel.variables().put(variable, action.getOrDefault("Value", ""));
        return AmiResponses.success(action, "Variable Set");
    }

    private AmiMessage getVar(AmiMessage action) {
        String variable = action.getOrDefault("Variable", "");
        String value;
        if (variable.startsWith("DEVICE_STATE(") && variable.endsWith(")")) {
            value = sw.deviceState(variable.substring("DEVICE_STATE(".length(), variable.length() - 1));
        } else {
            EmulatedChannel channel = sw.channel(action.getOrDefault("Channel", ""));
            if (channel == null) {
                return AmiResponses.error(action, "No such channel");
            }
            value = channel.variables().getOrDefault(variable, "");
        }
        return AmiResponses.success(action, null).with("Variable", variable).with("Value", value);
    }

    /** A holding caller sent to an announcement, the callback offer or the ACD's exits ({@link CallerChannel#redirect}). */
    private AmiMessage redirect(AmiMessage action) {
        EmulatedChannel channel = sw.channel(action.getOrDefault("Channel", ""));
        if (!(channel instanceof CallerChannel caller) || !caller.redirect(action.getOrDefault("Context", ""))) {
            return AmiResponses.error(action, "Channel does not exist: " + action.get("Channel"));
        }
        return AmiResponses.success(action, "Redirect successful");
    }

    private AmiMessage coreShowChannels(AmiMessage action, Consumer<AmiMessage> replies) {
        String actionId = action.get("ActionID");
        replies.accept(AmiResponses.success(action, "Channels will follow").with("EventList", "start"));
        int listed = 0;
        for (EmulatedChannel channel : sw.liveChannels()) {
            replies.accept(AmiMessage.of("Event", "CoreShowChannel").with("ActionID", actionId)
                    .with("Channel", channel.name()).with("Uniqueid", channel.uniqueId())
                    .with("Linkedid", channel.uniqueId()).with("ChannelState", "6")
                    .with("ChannelStateDesc", "Up").with("Application", channel.application()));
            listed++;
        }
        return AmiMessage.of("Event", "CoreShowChannelsComplete").with("ActionID", actionId)
                .with("EventList", "Complete").with("ListItems", Integer.toString(listed));
    }

    /**
     * As Asterisk's {@code Status}: a {@code Status} event per live channel, each variable named in
     * {@code Variables} (comma-separated) as a {@code Variable: NAME=value} line when it is set.
     */
    private AmiMessage status(AmiMessage action, Consumer<AmiMessage> replies) {
        String actionId = action.get("ActionID");
        List<String> variables = Arrays.stream(action.getOrDefault("Variables", "").split(","))
                .map(String::trim).filter(name -> !name.isEmpty()).toList();
        replies.accept(AmiResponses.success(action, "Channel status will follow").with("EventList", "start"));
        int listed = 0;
        for (EmulatedChannel channel : sw.liveChannels()) {
            AmiMessage event = AmiMessage.of("Event", "Status").with("ActionID", actionId)
                    .with("Channel", channel.name()).with("Uniqueid", channel.uniqueId())
                    .with("Linkedid", channel.uniqueId()).with("ChannelState", "6")
                    .with("ChannelStateDesc", "Up").with("Application", channel.application());
            for (String name : variables) {
                String value = channel.variables().get(name);
                if (value != null) {
                    event = event.with("Variable", name + "=" + value);
                }
            }
            replies.accept(event);
            listed++;
        }
        return AmiMessage.of("Event", "StatusComplete").with("ActionID", actionId)
                .with("EventList", "Complete").with("ListItems", Integer.toString(listed))
                .with("Items", Integer.toString(listed));
    }
}
