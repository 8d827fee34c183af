package org.acd.config;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.acd.config.model.InboundMenu;
import org.acd.config.yaml.Fields;

/**
 * Reads {@code inbound}: the one-digit menu that brings trunk calls to queues until the IVR engine
 * runs the flows ({@code prompt}, {@code digit_timeout}, {@code digits: {"1": queue}}, {@code default_queue}).
 * Stateless.
 */
final class InboundReader {

    private static final Set<String> KEYS = Set.of("prompt", "digit_timeout", "digits", "default_queue");
    private static final long DEFAULT_DIGIT_TIMEOUT_MS = 3_000;

    private InboundReader() {
    }

    static Optional<InboundMenu> read(Fields top, KnownNames queues) {
        Fields inbound = top.section("inbound", false, KEYS);
        if (inbound == null) {
            return Optional.empty();
        }
        String prompt = inbound.nonBlankText("prompt", true);
        long timeoutMs = inbound.positiveDurationMs("digit_timeout", false, DEFAULT_DIGIT_TIMEOUT_MS);
        Map<String, String> queueByDigit = new LinkedHashMap<>();
        Fields digits = inbound.openMap("digits", true);
        if (digits != null) {
            for (String digit : digits.keys()) {
                String queue = digits.nonBlankText(digit, true);
                if (!digit.matches("[0-9*#]")) {
                    digits.problem(digit, "'" + digit + "' is not one key (0-9, * or #)");
                } else if (queues.check(digits, digit, queue)) {
                    queueByDigit.put(digit, queue);
                }
            }
        }
        String defaultQueue = inbound.nonBlankText("default_queue", true);
        queues.check(inbound, "default_queue", defaultQueue);
        return Optional.of(new InboundMenu(prompt, timeoutMs, queueByDigit, defaultQueue));
    }
}
