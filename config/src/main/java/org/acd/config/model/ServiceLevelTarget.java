package org.acd.config.model;

/** A queue's service-level goal: {@code targetPercent} of calls answered within {@code thresholdMs}. */
public record ServiceLevelTarget(double targetPercent, long thresholdMs) {
}
