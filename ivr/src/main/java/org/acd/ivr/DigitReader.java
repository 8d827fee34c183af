package org.acd.ivr;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * Reads a caller's digits over the channel's one-key operations, as GET DATA would but with a
 * terminator of the flow's choosing and separate timeouts: the prompt, interruptible (its cutting key
 * is the first digit), then up to {@code firstDigitMs} for a first key, then up to
 * {@code interDigitMs} for each next one, until {@code maxDigits} keys or the terminator (not kept).
 * Stateless.
 */
final class DigitReader {

    private DigitReader() {
    }

    /** What the caller keyed: the digits, and whether the terminator ended them. */
    record Entry(String digits, boolean terminated) {

        boolean nothingKeyed() {
            return digits.isEmpty() && !terminated;
        }

        /** The keys as pressed, terminator included, for reports. */
        String keyed(Optional<String> terminator) {
            return terminated ? digits + terminator.orElse("") : digits;
        }
    }

    static CompletionStage<Entry> read(FlowRun run, Supplier<CompletionStage<String>> prompt, int maxDigits,
                                       Optional<String> terminator, long firstDigitMs, long interDigitMs) {
        return firstKey(run, prompt, firstDigitMs)
                .thenCompose(first -> readFrom(run, first, maxDigits, terminator, interDigitMs));
    }

    /** The key that cut the prompt short, else the first key within {@code firstDigitMs}, else {@code ""}. */
    static CompletionStage<String> firstKey(FlowRun run, Supplier<CompletionStage<String>> prompt, long firstDigitMs) {
        return prompt.get()
                .thenCompose(key -> key.isEmpty() ? run.waitForDigit(firstDigitMs) : CompletableFuture.completedFuture(key));
    }

    /** The entry that starts with {@code first}, already keyed ({@code ""}: nothing was). */
    static CompletionStage<Entry> readFrom(FlowRun run, String first, int maxDigits, Optional<String> terminator,
                                           long interDigitMs) {
        return first.isEmpty() ? CompletableFuture.completedFuture(new Entry("", false))
                : more(run, new StringBuilder(), first, maxDigits, terminator, interDigitMs);
    }

    private static CompletionStage<Entry> more(FlowRun run, StringBuilder digits, String key, int maxDigits,
                                               Optional<String> terminator, long interDigitMs) {
        if (terminator.filter(key::equals).isPresent()) {
            return CompletableFuture.completedFuture(new Entry(digits.toString(), true));
        }
        digits.append(key);
        if (digits.length() >= maxDigits) {
            return CompletableFuture.completedFuture(new Entry(digits.toString(), false));
        }
        return run.waitForDigit(interDigitMs).thenCompose(next -> next.isEmpty()
                ? CompletableFuture.completedFuture(new Entry(digits.toString(), false))
                : more(run, digits, next, maxDigits, terminator, interDigitMs));
    }
}
