package org.acd.server.chaos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scenario 5 at a modest load: the server refuses a read-only or too small journal file system at
 * start, saying what to fix, and a journal disk that fills up under load loses no call and counts
 * none twice once the space is back. Tagged {@code chaos}: it mounts tmpfs file systems (root) and
 * starts server JVMs.
 */
@Tag("chaos")
final class DiskFaultScenarioTest {

    @Test
    void shouldRefuseABadJournalDiskAtStartAndLoseNoCallWhenItFillsUnderLoad(@TempDir Path work) throws Exception {
        ChaosRow row = new DiskFaultScenario(30, 15, 11).run(work);

        assertEquals(0, row.lost(), row.note());
        assertEquals(0, row.duplicated(), row.note());
        assertTrue(row.offered() > 300, "offered " + row.offered());
        assertTrue(row.note().startsWith("start refused on a read-only and on an 8 MiB file system"), row.note());
    }
}
