package org.acd.benchmarks.lab;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.acd.simulator.sipp.SippCall;
import org.acd.simulator.sipp.SippTimedCallers.Arrival;

/**
 * The traffic of a lab load run: callers arrive as a Poisson process of {@code perSecond} a second
 * for {@code seconds}, each keys the support digit and waits up to its own patience, drawn from an
 * exponential distribution of mean {@code patienceMs}; {@code agents} phones answer {@code answerMs}
 * after they ring and hang up {@code handleMs} after answering. Draws are repeatable from {@code seed}.
 */
record LabTraffic(long perSecond, long seconds, long patienceMs, long handleMs, long answerMs, int agents,
                  long seed) {

    static final String ACD_DID = "100";
    private static final String SUPPORT_DIGIT = "1";
    private static final long DIGIT_AFTER_ANSWER_MS = 100;
    private static final long FIRST_CALLER_NUMBER = 5_553_000;

    LabTraffic {
        if (agents < 1 || agents > 8) {
            throw new IllegalArgumentException("--agents " + agents + ": the lab has phones for agents 1 to 8");
        }
        if (perSecond < 1 || seconds < 1 || patienceMs < 1 || handleMs < 1 || answerMs < 1) {
            throw new IllegalArgumentException("--rate, --seconds, --patience-ms, --handle-ms and --answer-ms"
                    + " must be positive");
        }
    }

    /** The callers, in order of arrival, each with a distinct number so traces name it. */
    List<Arrival> arrivals() {
        SplittableRandom random = new SplittableRandom(seed);
        List<Arrival> arrivals = new ArrayList<>();
        double atMs = exponential(random, 1000.0 / perSecond);
        while (atMs < seconds * 1000.0) {
            long patience = Math.max(1, Math.round(exponential(random, patienceMs)));
            String caller = Long.toString(FIRST_CALLER_NUMBER + arrivals.size());
            arrivals.add(new Arrival(Math.round(atMs),
                    new SippCall(caller, ACD_DID, SUPPORT_DIGIT, DIGIT_AFTER_ANSWER_MS, patience)));
            atMs += exponential(random, 1000.0 / perSecond);
        }
        return arrivals;
    }

    /** Long enough for the last caller to arrive and wait out its patience, with a minute to spare. */
    static Duration timeout(List<Arrival> arrivals) {
        long lastEndMs = arrivals.stream()
                .mapToLong(arrival -> arrival.atMs() + arrival.call().dtmfMs() + arrival.call().hangupMs())
                .max().orElse(0);
        return Duration.ofMillis(lastEndMs + 60_000);
    }

    private static double exponential(SplittableRandom random, double mean) {
        return -mean * Math.log(1 - random.nextDouble());
    }

    @Override
    public String toString() {
        return perSecond + " callers/s for " + seconds + " s (Poisson), patience exponential mean " + patienceMs
                + " ms, " + agents + " agents answering after " + answerMs + " ms, handle " + handleMs + " ms, seed "
                + seed;
    }
}
