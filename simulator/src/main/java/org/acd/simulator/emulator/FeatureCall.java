package org.acd.simulator.emulator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A feature code dialled from an agent's phone: the {@code agent-feature} session answers the
 * call and plays a confirmation, after which the dialplan hangs up. It makes no channel the ACD
 * could ring or bridge, and leaves the phone's device state alone: it lasts a few milliseconds.
 * A call the ACD never answered (its FastAGI server down or gone mid-session) is dialled again a
 * little later, as an agent would press the key again. Used on the switch thread only.
 */
final class FeatureCall implements AgiDialogue {

    private static final Logger LOG = LoggerFactory.getLogger(FeatureCall.class);

    private final String channel;
    private final Runnable dialAgain;
    private boolean answered;

    FeatureCall(String channel, Runnable dialAgain) {
        this.channel = channel;
        this.dialAgain = dialAgain;
    }

    @Override
    public void command(AgiConnection connection, String line) {
        if (line.equals("ANSWER")) {
            answered = true;
            connection.reply("200 result=0");
        } else if (line.startsWith("STREAM FILE")) {
            connection.reply("200 result=0 endpos=8000");
        } else {
            LOG.debug("{}: AGI command not emulated: {}", channel, line);
            connection.reply("510 Invalid or unknown command");
        }
    }

    @Override
    public void ended() {
        if (!answered) {
            dialAgain.run();
        }
    }
}
