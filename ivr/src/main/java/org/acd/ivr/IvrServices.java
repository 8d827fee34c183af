package org.acd.ivr;

import java.time.InstantSource;
import java.util.concurrent.Executor;
import org.acd.ivr.directory.CallerDirectory;

/**
 * The flow engine's collaborators: the caller directory, the routing engine's queue insight, the
 * telephony side's hand-off, the outcome listener, the clock (business hours and every reported time
 * come from it, so tests and simulations set the time), and the executor every step of every run
 * runs on. Steps never block, so one thread serves any number of calls; completions from the channel
 * or the directory hop back onto it.
 */
public record IvrServices(CallerDirectory directory, QueueInsight queues, IvrHandoff handoff,
                          IvrOutcomeListener outcomes, InstantSource clock, Executor executor) {
}
