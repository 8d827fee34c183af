package org.acd.ivr.channel;

/**
 * A prompt the channel could not play (no such sound file, most often). The flow engine skips the
 * prompt, reports it, and goes on as if it had played: a missing recording never strands a caller.
 */
public final class PromptUnavailableException extends RuntimeException {

    public PromptUnavailableException(String prompt) {
        super("cannot play prompt '" + prompt + "'", null, false, false);
    }
}
