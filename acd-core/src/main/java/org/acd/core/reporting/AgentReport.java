package org.acd.core.reporting;

/**
 * The figures of one agent, as DESIGN.md defines them: AHT = (talk + after-call work) / completed
 * calls (the journal holds no hold time), ACW = wrap-up time / completed calls, occupancy = on-call
 * time / (on-call + ready-idle time). Time in a state still open when the journal ends counts up to
 * the journal's last outcome. Ratios are NaN when their denominator is 0. Immutable.
 *
 * @param answered calls the agent answered
 * @param completed answered calls that ended
 * @param talkMs sum of the talk times of completed calls
 * @param wrapUpMs time in wrap-up
 * @param onCallMs time on a call
 * @param readyIdleMs time ready and waiting for a call
 * @param ringNoAnswers offers the agent let ring out (RONA)
 * @param callbacksDelivered callbacks the agent answered (counted in {@code answered} too)
 * @param callbackAttemptsFailed callback attempts made for the agent that did not reach the customer
 */
public record AgentReport(long answered, long completed, long talkMs, long wrapUpMs, long onCallMs, long readyIdleMs,
                          long ringNoAnswers, long callbacksDelivered, long callbackAttemptsFailed) {

    /** Average handle time in seconds: (talk + wrap-up) / completed calls. */
    public double ahtSeconds() {
        return ratio(talkMs + wrapUpMs, completed) / 1000.0;
    }

    /** Average after-call work in seconds: wrap-up time / completed calls. */
    public double acwSeconds() {
        return ratio(wrapUpMs, completed) / 1000.0;
    }

    /** On-call time / (on-call + ready-idle time). */
    public double occupancy() {
        return ratio(onCallMs, onCallMs + readyIdleMs);
    }

    private static double ratio(long numerator, long denominator) {
        return denominator == 0 ? Double.NaN : (double) numerator / denominator;
    }
}
