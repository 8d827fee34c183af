package org.acd.core.model;

/**
 * How a queue calls back the customers who accepted a callback: how long the customer's phone may
 * ring ({@code answerTimeoutMs}), how long to wait after a failed attempt before the next
 * ({@code retryIntervalMs}), and how many attempts to make in all before the callback has failed.
 */
public record CallbackPolicy(long retryIntervalMs, int maxAttempts, long answerTimeoutMs) {

    /** Three attempts two minutes apart, each ringing the customer for 30 s. */
    public static final CallbackPolicy DEFAULT = new CallbackPolicy(120_000, 3, 30_000);
}
