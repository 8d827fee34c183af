package org.acd.core.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.acd.core.journal.Journal;
import org.acd.core.journal.JournalDurability;
import org.acd.core.journal.OutcomeRecorder;
import org.acd.core.reporting.WaitHistogram.Bucket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class WaitDistributionTest {

    @Test
    void shouldCountAWaitOnABoundInTheBucketBelowIt() {
        WaitDistribution waits = new WaitDistribution(List.of(10_000L, 20_000L));
        waits.callAnswered(0, 1, "q", "a", 0);
        waits.callAnswered(0, 2, "q", "a", 10_000);
        waits.callAnswered(0, 3, "q", "a", 10_001);
        waits.callAbandoned(0, 4, "q", 20_000, 1, false);
        waits.callAbandoned(0, 5, "q", 20_001, 1, true);

        assertEquals(List.of(new Bucket(0, 10_000, 2, 0), new Bucket(10_000, 20_000, 1, 1),
                new Bucket(20_000, Long.MAX_VALUE, 0, 1)), waits.histogram().buckets());
        assertTrue(waits.histogram().buckets().get(2).open());
    }

    @Test
    void shouldAddTheServiceLevelThresholdAsABound() {
        List<Bucket> buckets = WaitDistribution.withBoundAt(25_000).histogram().buckets();

        assertTrue(buckets.stream().anyMatch(bucket -> bucket.upToMs() == 25_000), buckets.toString());
        assertEquals(WaitDistribution.DEFAULT_BOUNDS_MS.size() + 2, buckets.size());
    }

    @Test
    void shouldRefuseABoundThatIsNotPositive() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new WaitDistribution(List.of(0L, 5_000L)));
        assertTrue(e.getMessage().contains("positive"), e.getMessage());
    }

    @Test
    void shouldCountTheCallsTheKpisCountWhenReadBesideThemFromTheJournal(@TempDir Path directory) {
        try (Journal journal = new Journal(directory, JournalDurability.PAGE_CACHE)) {
            OutcomeRecorder outcomes = new OutcomeRecorder(journal.outcomeAppender());
            outcomes.beginEvent(0, 0);
            for (long call = 1; call <= 6; call++) {
                outcomes.callEnteredQueue(0, call, "support", "standard", 1);
            }
            outcomes.callAnswered(3_000, 1, "support", "a1", 3_000);
            outcomes.callAnswered(25_000, 2, "support", "a2", 25_000);
            outcomes.callAbandoned(2_000, 3, "support", 2_000, 1, false);
            outcomes.callAbandoned(70_000, 4, "support", 70_000, 1, false);
            outcomes.callAbandoned(400_000, 5, "support", 400_000, 1, false);
            outcomes.endEvent();
        }
        KpiCalculator kpis = new KpiCalculator(KpiThresholds.DEFAULTS);
        WaitDistribution waits = WaitDistribution.withBoundAt(KpiThresholds.DEFAULTS.serviceLevelMs());
        JournalKpis.readInto(directory, new OutcomeFanOut(List.of(kpis, waits)));

        WaitHistogram histogram = waits.histogram();
        assertEquals(kpis.summary().overall().answered(), histogram.answered());
        assertEquals(kpis.summary().overall().abandoned(), histogram.abandoned());
        assertEquals(new Bucket(0, 5_000, 1, 1), histogram.buckets().get(0));
        assertEquals(new Bucket(300_000, Long.MAX_VALUE, 0, 1), histogram.buckets().get(11));
    }
}
