package org.acd.telephony.ivr;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.acd.ivr.channel.CallerHungUpException;
import org.acd.ivr.channel.IvrChannel;
import org.acd.ivr.channel.PromptUnavailableException;
import org.acd.telephony.agi.AgiReply;
import org.acd.telephony.agi.AgiSession;
import org.acd.telephony.agi.AgiSessionClosedException;
import org.asteriskjava.fastagi.command.AgiCommand;
import org.asteriskjava.fastagi.command.HangupCommand;
import org.asteriskjava.fastagi.command.SayDateTimeCommand;
import org.asteriskjava.fastagi.command.SayDigitsCommand;
import org.asteriskjava.fastagi.command.SayNumberCommand;
import org.asteriskjava.fastagi.command.StreamFileCommand;
import org.asteriskjava.fastagi.command.WaitForDigitCommand;

/**
 * {@link IvrChannel} over a trunk call's FastAGI session: each operation is one AGI command, answered
 * on the session's event loop. Asterisk's replies are read as its AGI reference gives them for
 * {@code STREAM FILE}, {@code SAY *} and {@code WAIT FOR DIGIT}: {@code 0} no key, the key's ASCII code,
 * or {@code -1} on error or when the channel was disconnected; a {@code 511} refusal (dead channel) and
 * a session that ended are hang-ups too.
 *
 * <p>Once the flow hands the call off ({@link #release}) the session belongs to the hand-off: its end
 * is no longer the caller's hang-up. Safe from any thread.
 */
public final class AgiIvrChannel implements IvrChannel {

    /** Every key a caller can press: what cuts an interruptible prompt short. */
    static final String ALL_KEYS = "0123456789*#";
    /** SAY DATETIME format that speaks only the date: weekday, month, day, year. */
    static final String DATE_ONLY_FORMAT = "ABdY";
    private static final int NO_KEY = 0;
    private static final int FAILED = -1;

    private final AgiSession session;
    private final ZoneId zone;
    private final AtomicBoolean released = new AtomicBoolean();
    private final CompletableFuture<Void> hungUp = new CompletableFuture<>();

    /** The channel of {@code session}; dates are spoken at their midnight in {@code zone}. */
    public AgiIvrChannel(AgiSession session, ZoneId zone) {
        this.session = session;
        this.zone = zone;
        session.hangup().whenComplete((done, failure) -> {
            if (!released.get()) {
                hungUp.complete(null);
            }
        });
    }

    /** The flow handed the call off: what happens to the session from now on is not the caller leaving the IVR. */
    public void release() {
        released.set(true);
    }

    /** True once the call was handed off: the hand-off, not the flow, ends the session. */
    public boolean released() {
        return released.get();
    }

    @Override
    public CompletionStage<String> play(String prompt, boolean interruptible) {
        return send(new StreamFileCommand(prompt, escapeDigits(interruptible)), reply -> {
            if (couldNotOpen(reply)) {
                throw new PromptUnavailableException(prompt);
            }
            return key(reply);
        });
    }

    @Override
    public CompletionStage<String> sayDigits(String digits, boolean interruptible) {
        return send(new SayDigitsCommand(digits, escapeDigits(interruptible)), AgiIvrChannel::key);
    }

    @Override
    public CompletionStage<String> sayNumber(long number, boolean interruptible) {
        return send(new SayNumberCommand(Long.toString(number), escapeDigits(interruptible)), AgiIvrChannel::key);
    }

    @Override
    public CompletionStage<String> sayDate(LocalDate date, boolean interruptible) {
        long midnightS = date.atStartOfDay(zone).toEpochSecond();
        return send(new SayDateTimeCommand(midnightS, escapeDigits(interruptible), DATE_ONLY_FORMAT, zone.getId()),
                AgiIvrChannel::key);
    }

    @Override
    public CompletionStage<String> waitForDigit(long timeoutMs) {
        return send(new WaitForDigitCommand(timeoutMs), AgiIvrChannel::key);
    }

    @Override
    public CompletionStage<Void> hangup() {
        return send(new HangupCommand(), reply -> null);
    }

    @Override
    public CompletionStage<Void> hungUp() {
        return hungUp;
    }

    /**
     * Asterisk could not open the sound file. Its res_agi.c {@code handle_streamfile} answers a file
     * that {@code ast_openstream} cannot open with {@code endpos} 0, the offset it was asked to start
     * at: {@code 200 result=-1 endpos=0} since Asterisk 11, {@code 200 result=0 endpos=0} before. A
     * prompt that played, or was cut short, always ends past 0. A caller who hangs up in the first
     * instant of a prompt may read as a missing prompt; the session's hang-up still ends the run.
     */
    private static boolean couldNotOpen(AgiReply reply) {
        return reply.isSuccess() && reply.endpos() == 0
                && (reply.resultCode() == NO_KEY || reply.resultCode() == FAILED);
    }

    /** The key a reply reports: {@code ""} for none; a hang-up for {@code -1}. */
    private static String key(AgiReply reply) {
        int code = reply.resultCode();
        if (code == FAILED) {
            throw new CallerHungUpException("the channel reported -1: hung up or failed");
        }
        return code == NO_KEY ? "" : String.valueOf((char) code);
    }

    private static String escapeDigits(boolean interruptible) {
        return interruptible ? ALL_KEYS : "";
    }

    private <T> CompletionStage<T> send(AgiCommand command, Function<AgiReply, T> read) {
        return session.send(command).handle((reply, failure) -> {
            if (failure != null) {
                throw closedOr(failure);
            }
            if (reply.status() == AgiReply.DEAD_CHANNEL) {
                throw new CallerHungUpException("Asterisk refused " + command.buildCommand() + ": dead channel");
            }
            if (!reply.isSuccess()) {
                throw new IllegalStateException("Asterisk refused " + command.buildCommand() + ": " + reply.status()
                        + " " + reply.data());
            }
            return read.apply(reply);
        });
    }

    private static RuntimeException closedOr(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause instanceof AgiSessionClosedException closed) {
            return new CallerHungUpException(closed.getMessage());
        }
        return cause instanceof RuntimeException runtime ? runtime : new CompletionException(cause);
    }
}
