package org.acd.config.model;

import java.util.Map;

/**
 * How a trunk call reaches a queue until the IVR engine runs the configured flows: one prompt, one
 * digit that picks the queue, the default queue for no or another digit.
 */
public record InboundMenu(String prompt, long digitTimeoutMs, Map<String, String> queueByDigit, String defaultQueue) {

    public InboundMenu {
        queueByDigit = Map.copyOf(queueByDigit);
    }
}
