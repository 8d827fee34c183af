package org.acd.server.chaos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scenario 1 at a modest load: a server process killed with SIGKILL mid-load and restarted on its
 * journal loses no call and counts none twice. Tagged {@code chaos}: it starts two server JVMs and
 * takes about a minute, so the plain {@code mvn verify} leaves it to {@code .ci/run}.
 */
@Tag("chaos")
final class KillNineScenarioTest {

    @Test
    void shouldLoseNoCallAndCountNoneTwiceWhenTheServerIsKilledMidLoad(@TempDir Path work) throws Exception {
        ChaosRow row = new KillNineScenario(30, 15, 7).run(work);

        assertEquals(0, row.lost(), row.note());
        assertEquals(0, row.duplicated(), row.note());
        assertTrue(row.offered() > 300, "offered " + row.offered());
        assertTrue(row.answered() > 0, "answered " + row.answered());
        assertTrue(row.timeToRecover().toMillis() > 0, "recovery " + row.timeToRecover());
    }
}
