package org.acd.benchmarks.lab;

import java.util.List;
import org.acd.simulator.sipp.SippTrace;

/**
 * What SIPp saw of a lab load run, counted from its traces: callers placed, callers whose call
 * Asterisk ended with a BYE (an agent hung up), callers who hung up themselves when their patience
 * ran out (before an agent answered: an abandon; while talking: an answered call the caller
 * ended), and calls the agents' phones answered. A caller cannot see whether it was bridged (the
 * bridge sends nothing over SIP), so answered calls are counted at the agents' phones.
 */
record SippLedger(long placed, long endedByAsterisk, long hungUpByCaller, long answeredByAgents) {

    /** From the callers' trace (config/sipp/caller.xml events) and every agent phone's trace. */
    static SippLedger of(SippTrace callers, List<SippTrace> agentPhones) {
        return new SippLedger(callers.count("INVITE_SENT"), callers.count("BYE_RECEIVED"), callers.count("BYE_SENT"),
                agentPhones.stream().mapToLong(phone -> phone.count("ANSWERED")).sum());
    }

    /** Callers placed that ended neither way: rejected, or still in a call when the traces were read. */
    long unended() {
        return placed - endedByAsterisk - hungUpByCaller;
    }
}
