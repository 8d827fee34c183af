package org.acd.config.ivr;

/** While a call waits in a queue, the flow run for it once the wait estimate passes {@code whenWaitOverMs}. */
public record CallbackOffer(String flow, long whenWaitOverMs) {
}
