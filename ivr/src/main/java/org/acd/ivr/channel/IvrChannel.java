package org.acd.ivr.channel;

import java.time.LocalDate;
import java.util.concurrent.CompletionStage;

/**
 * The caller's leg as an IVR flow sees it: the few things a flow does to a call, each shaped as one
 * FastAGI command ({@code STREAM FILE}, {@code SAY DIGITS}, {@code SAY NUMBER}, {@code SAY DATE},
 * {@code WAIT FOR DIGIT}, {@code HANGUP}) so that the telephony adapter maps them one to one, and the
 * simulator's emulated channel and the tests' scripted channel just as simply. Reading several
 * digits (first-digit and inter-digit timeouts, a maximum, a terminator of the flow's choosing) is
 * the flow engine's, over {@link #play} and {@link #waitForDigit}: {@code GET DATA} has one timeout
 * for both and always ends at {@code #}.
 *
 * <p>Every operation returns at once; its stage completes when the channel has done it, on whatever
 * thread the implementation answers on (the FastAGI event loop, say), so a call waiting for the
 * caller's keys holds no thread. The flow engine sends one operation at a time per call.
 *
 * <p>A key is a one-character string ({@code "0"}-{@code "9"}, {@code "*"}, {@code "#"}); the empty
 * string means no key. When the caller has hung up, operations complete exceptionally with
 * {@link CallerHungUpException}; a prompt that cannot be played completes exceptionally with
 * {@link PromptUnavailableException}; any other failure is the channel's own.
 */
public interface IvrChannel {

    /**
     * Plays one sound file ({@code STREAM FILE prompt "0123456789*#"} when interruptible, with no
     * escape digits when not). Completes with the key that cut it short, or {@code ""} once it played
     * to the end.
     */
    CompletionStage<String> play(String prompt, boolean interruptible);

    /** Speaks digits one by one ({@code SAY DIGITS}); completes like {@link #play}. */
    CompletionStage<String> sayDigits(String digits, boolean interruptible);

    /** Speaks a whole number ({@code SAY NUMBER}); completes like {@link #play}. */
    CompletionStage<String> sayNumber(long number, boolean interruptible);

    /**
     * Speaks a date: {@code SAY DATE} of its midnight in the channel's time zone (Asterisk-Java has
     * no command class for it; {@code SayDateTimeCommand} with a date-only format says the same).
     * Completes like {@link #play}.
     */
    CompletionStage<String> sayDate(LocalDate date, boolean interruptible);

    /** Waits for one key ({@code WAIT FOR DIGIT timeoutMs}); completes with it, or {@code ""} after the timeout. */
    CompletionStage<String> waitForDigit(long timeoutMs);

    /** Hangs the call up ({@code HANGUP}). */
    CompletionStage<Void> hangup();

    /** Completes when the caller hangs up, whatever the flow is doing then; never if the flow ends first. */
    CompletionStage<Void> hungUp();
}
