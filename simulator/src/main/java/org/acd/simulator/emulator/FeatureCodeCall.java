package org.acd.simulator.emulator;

/**
 * An agent dialling a feature code ({@code *74} ready, ...) from the phone: the dialplan runs the
 * {@code agent-feature} FastAGI session, whose answer and confirmation prompt the phone takes as
 * they come. Nothing follows the session. Used on the switch thread only.
 */
final class FeatureCodeCall implements AgiDialogue {

    @Override
    public void command(AgiConnection connection, String line) {
        connection.reply("200 result=0");
    }

    @Override
    public void ended() {
        // The phone hangs up after the prompt; the feature code's effect is the ACD's.
    }
}
