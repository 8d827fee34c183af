package org.acd.simulator.sipp;

/**
 * One trunk call as config/sipp/caller.xml places it.
 *
 * @param caller    the caller's number
 * @param did       the number dialled (9000 is the lab's app_queue; any other reaches the ACD)
 * @param digit     the menu digit keyed, or null for none
 * @param dtmfMs    when the digit is keyed, after the answer
 * @param hangupMs  how long after the digit the caller hangs up unless Asterisk hangs up first
 */
public record SippCall(String caller, String did, String digit, long dtmfMs, long hangupMs) {

    String injectionLine() {
        return caller + ";" + did + ";" + (digit == null ? "-" : digit) + ";" + dtmfMs + ";" + hangupMs;
    }
}
