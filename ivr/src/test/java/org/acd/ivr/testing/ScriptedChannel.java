package org.acd.ivr.testing;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.acd.ivr.channel.CallerHungUpException;
import org.acd.ivr.channel.IvrChannel;
import org.acd.ivr.channel.PromptUnavailableException;

/**
 * An {@link IvrChannel} that plays a script of what the caller does, in order: keys, silences (one
 * wait for a digit that times out) and a hang-up, and records what the caller heard. An interruptible
 * prompt takes the next key if the script has one next (the caller keyed during it); a wait for a
 * digit takes the next key or silence. When the script runs out, a wait for a digit parks on an
 * uncompleted future until the test adds to the script ({@link #press}, {@link #hangUpNow}), the way a
 * real call waits for its caller. Operations complete on the calling thread, or on the test's thread
 * when parked. Thread-safe.
 */
public final class ScriptedChannel implements IvrChannel {

    private static final String SILENCE = "";
    private static final String HANG_UP = "hang-up";

    private final Deque<String> script = new ArrayDeque<>();
    private final List<String> heard = new ArrayList<>();
    private final List<Long> waitsMs = new ArrayList<>();
    private final Set<String> missingPrompts;
    private final CompletableFuture<Void> hungUp = new CompletableFuture<>();
    private CompletableFuture<String> parked;
    private Runnable onParked = () -> { };
    private boolean flowHungUp;

    public ScriptedChannel(String... missingPrompts) {
        this.missingPrompts = Set.of(missingPrompts);
    }

    /** The caller keys these, one key each ({@code "123#"}). */
    public ScriptedChannel press(String keys) {
        keys.chars().forEach(key -> add(String.valueOf((char) key)));
        return this;
    }

    /** The caller keys nothing for {@code waits} waits for a digit. */
    public ScriptedChannel silence(int waits) {
        for (int i = 0; i < waits; i++) {
            add(SILENCE);
        }
        return this;
    }

    /** The caller hangs up when the script reaches this point. */
    public ScriptedChannel hangUp() {
        add(HANG_UP);
        return this;
    }

    /** The caller hangs up now, whatever the flow is doing (waiting for a lookup, say). */
    public void hangUpNow() {
        CompletableFuture<String> waiting;
        synchronized (this) {
            waiting = parked;
            parked = null;
        }
        hungUp.complete(null);
        if (waiting != null) {
            waiting.completeExceptionally(new CallerHungUpException("caller hung up"));
        }
    }

    /** Runs {@code action} each time a wait for a digit parks, on the flow's thread. */
    public synchronized ScriptedChannel onParked(Runnable action) {
        onParked = action;
        return this;
    }

    /** What the caller heard, in order: {@code play:NAME}, {@code digits:D}, {@code number:N}, {@code date:D}, {@code hangup}. */
    public synchronized List<String> heard() {
        return List.copyOf(heard);
    }

    /** The timeouts of the waits for a digit, in order. */
    public synchronized List<Long> waitsMs() {
        return List.copyOf(waitsMs);
    }

    public synchronized boolean isParked() {
        return parked != null;
    }

    public synchronized boolean flowHungUp() {
        return flowHungUp;
    }

    @Override
    public CompletionStage<String> play(String prompt, boolean interruptible) {
        synchronized (this) {
            heard.add("play:" + prompt);
        }
        if (missingPrompts.contains(prompt)) {
            return CompletableFuture.failedFuture(new PromptUnavailableException(prompt));
        }
        return spoken(interruptible);
    }

    @Override
    public CompletionStage<String> sayDigits(String digits, boolean interruptible) {
        synchronized (this) {
            heard.add("digits:" + digits);
        }
        return spoken(interruptible);
    }

    @Override
    public CompletionStage<String> sayNumber(long number, boolean interruptible) {
        synchronized (this) {
            heard.add("number:" + number);
        }
        return spoken(interruptible);
    }

    @Override
    public CompletionStage<String> sayDate(LocalDate date, boolean interruptible) {
        synchronized (this) {
            heard.add("date:" + date);
        }
        return spoken(interruptible);
    }

    @Override
    public CompletionStage<String> waitForDigit(long timeoutMs) {
        CompletableFuture<String> waiting;
        Runnable parking;
        synchronized (this) {
            waitsMs.add(timeoutMs);
            if (!script.isEmpty()) {
                return answer(script.poll());
            }
            parked = new CompletableFuture<>();
            waiting = parked;
            parking = onParked;
        }
        parking.run();
        return waiting;
    }

    @Override
    public CompletionStage<Void> hangup() {
        synchronized (this) {
            heard.add("hangup");
            flowHungUp = true;
        }
        hungUp.complete(null);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletionStage<Void> hungUp() {
        return hungUp;
    }

    private CompletionStage<String> spoken(boolean interruptible) {
        String next;
        synchronized (this) {
            next = script.peek();
            boolean takesIt = HANG_UP.equals(next) || interruptible && next != null && !SILENCE.equals(next);
            if (!takesIt) {
                return CompletableFuture.completedFuture("");
            }
            script.poll();
        }
        return answer(next);
    }

    private CompletionStage<String> answer(String action) {
        if (HANG_UP.equals(action)) {
            hungUp.complete(null);
            return CompletableFuture.failedFuture(new CallerHungUpException("caller hung up"));
        }
        return CompletableFuture.completedFuture(action);
    }

    private void add(String action) {
        CompletableFuture<String> waiting;
        synchronized (this) {
            if (parked == null) {
                script.add(action);
                return;
            }
            waiting = parked;
            parked = null;
        }
        if (HANG_UP.equals(action)) {
            hungUp.complete(null);
            waiting.completeExceptionally(new CallerHungUpException("caller hung up"));
        } else {
            waiting.complete(action);
        }
    }
}
