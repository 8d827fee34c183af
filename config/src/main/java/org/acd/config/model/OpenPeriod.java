package org.acd.config.model;

import java.time.LocalTime;

/** Open from {@code from} (inclusive) to {@code to} (exclusive) on one day. */
public record OpenPeriod(LocalTime from, LocalTime to) {
}
