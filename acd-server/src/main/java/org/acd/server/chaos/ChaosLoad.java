package org.acd.server.chaos;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.acd.simulator.load.LoadProfile;
import org.acd.simulator.load.LoadResult;
import org.acd.simulator.load.Reconciliation;
import org.acd.simulator.scenario.Distribution;

/**
 * The traffic every emulator scenario plays and how its outcome becomes a table row: Poisson
 * callers at the scenario's rate, phones answering after 500 ms, talks of 3 s on average, callers
 * holding 20 s on average; and agents enough for that (Little's law, with room to spare) so that a
 * fault, not a lack of agents, is what the row shows.
 */
record ChaosLoad(double perSecond, long seconds, long seed) {

    private static final long ANSWER_MS = 500;
    private static final long HANDLE_MS = 3_000;
    private static final long PATIENCE_MS = 20_000;
    private static final long READY_AGAIN_MS = 2_000;

    ChaosLoad {
        if (perSecond <= 0 || seconds <= 0) {
            throw new IllegalArgumentException("rate and duration must be positive: " + perSecond + "/s for "
                    + seconds + " s");
        }
    }

    LoadProfile profile() {
        return new LoadProfile(perSecond, seconds * 1000, Long.MAX_VALUE, List.of(ChaosSite.DIGIT),
                new Distribution.Exponential(PATIENCE_MS), new Distribution.Exponential(HANDLE_MS),
                new Distribution.Fixed(ANSWER_MS), 0, READY_AGAIN_MS, seed);
    }

    /** Busy agents by Little's law, twice over, and at least 20. */
    int agents() {
        return (int) Math.max(20, Math.ceil(2 * perSecond * (ANSWER_MS + HANDLE_MS) / 1000.0));
    }

    /** A progress log in the scenario's directory, for the load run to tell what it does. */
    static PrintWriter progressLog(Path workDirectory) throws IOException {
        return new PrintWriter(Files.newBufferedWriter(workDirectory.resolve("load.log"), StandardCharsets.UTF_8),
                true);
    }

    /**
     * The row of a run: the emulator's calls as the journal ended them, lost and duplicated ones.
     *
     * @throws IllegalStateException when calls disagree otherwise (ended another way than the caller
     *                               went, or in the journal without a caller): the scenario failed
     */
    static ChaosRow row(String scenario, LoadResult result, Duration timeToRecover, String note) {
        Reconciliation reconciliation = result.reconciliation();
        long failures = reconciliation.mismatches().size();
        if (failures > reconciliation.lost() + reconciliation.duplicated()) {
            throw new IllegalStateException(failures + " calls do not reconcile, first: "
                    + reconciliation.mismatches().get(0));
        }
        String verdict = reconciliation.passed() ? note
                : note + "; first mismatch: " + reconciliation.mismatches().get(0);
        return new ChaosRow(scenario, result.callsPlaced(), reconciliation.journalAnswered(),
                reconciliation.journalAbandoned(), reconciliation.lost(), reconciliation.duplicated(),
                timeToRecover, verdict);
    }
}
