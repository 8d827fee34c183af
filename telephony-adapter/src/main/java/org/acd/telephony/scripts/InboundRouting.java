package org.acd.telephony.scripts;

import java.time.Duration;
import java.util.Map;

/**
 * How a trunk call reaches a queue until the declarative IVR takes over: one menu prompt whose
 * digit picks the queue, and the caller's tier looked up by caller number.
 *
 * @param menuPrompt     sound file played while waiting for the digit (without extension)
 * @param digitTimeout   how long to wait for the digit before the default queue
 * @param queueByDigit   the queue each menu digit leads to
 * @param defaultQueue   the queue of a caller who keys nothing or an unknown digit
 * @param tierByNumber   callers with a tier other than the default, by caller number
 * @param defaultTier    the tier of every other caller
 */
public record InboundRouting(String menuPrompt, Duration digitTimeout, Map<String, String> queueByDigit,
                             String defaultQueue, Map<String, String> tierByNumber, String defaultTier) {

    public InboundRouting {
        queueByDigit = Map.copyOf(queueByDigit);
        tierByNumber = Map.copyOf(tierByNumber);
    }

    String queueFor(String digit) {
        return queueByDigit.getOrDefault(digit, defaultQueue);
    }

    String tierOf(String callerNumber) {
        return tierByNumber.getOrDefault(callerNumber, defaultTier);
    }
}
