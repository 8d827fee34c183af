package org.acd.simulator.scenario;

/** One simulated agent's shift: logs in at {@code fromMs}, out at {@code toMs} ({@link ArrivalPeriod#OPEN_ENDED}: never). */
public record AgentShift(String agentId, long fromMs, long toMs) {
}
