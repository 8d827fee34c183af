package org.acd.server.chaos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scenario 3 at a modest load: AMI down for 5 s and FastAGI sessions cut mid-flow lose no call and
 * count none twice, and no agent is rung while no one can ring a phone. Tagged {@code chaos}: it
 * starts a server JVM and takes about a minute.
 */
@Tag("chaos")
final class AmiCutScenarioTest {

    @Test
    void shouldLoseNoCallAndRingNoPhoneWhileAmiIsDown(@TempDir Path work) throws Exception {
        ChaosRow row = new AmiCutScenario(30, 15, 5).run(work);

        assertEquals(0, row.lost(), row.note());
        assertEquals(0, row.duplicated(), row.note());
        assertTrue(row.note().contains(" 0 rings failed"), row.note());
        assertTrue(row.timeToRecover().toMillis() > 0, "recovery " + row.timeToRecover());
        assertTrue(row.answered() > 0, "answered " + row.answered());
    }
}
