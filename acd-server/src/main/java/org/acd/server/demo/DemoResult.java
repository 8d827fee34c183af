package org.acd.server.demo;

/**
 * How a demo run ended.
 *
 * @param summary       the figures read back from the outcomes journal
 * @param callsArrived  callers the driver put in a queue
 */
record DemoResult(JournalSummary summary, long callsArrived) {
}
