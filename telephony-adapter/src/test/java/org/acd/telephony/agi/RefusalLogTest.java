package org.acd.telephony.agi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A scanner's refusals cost one log line per source and interval, for a bounded number of sources. */
final class RefusalLogTest {

    private static final long INTERVAL_NS = 60_000_000_000L;

    private final AtomicLong nowNs = new AtomicLong();
    private final RefusalLog log = new RefusalLog(INTERVAL_NS, 2, nowNs::get);

    @Test
    void shouldLogASourceOnceAnIntervalWithHowManyWentUnlogged() throws Exception {
        InetAddress scanner = InetAddress.getByName("10.0.0.9");

        assertEquals(OptionalLong.of(0), log.refused(scanner));
        for (int i = 0; i < 1_000; i++) {
            assertEquals(OptionalLong.empty(), log.refused(scanner));
        }
        nowNs.addAndGet(INTERVAL_NS);

        assertEquals(OptionalLong.of(1_000), log.refused(scanner));
        assertEquals(OptionalLong.empty(), log.refused(scanner));
    }

    @Test
    void shouldStayQuietAboutNewSourcesOnceItRemembersItsLimitUntilOldOnesAgeOut() throws Exception {
        assertEquals(OptionalLong.of(0), log.refused(InetAddress.getByName("10.0.0.1")));
        assertEquals(OptionalLong.of(0), log.refused(InetAddress.getByName("10.0.0.2")));

        assertEquals(OptionalLong.empty(), log.refused(InetAddress.getByName("10.0.0.3")));
        nowNs.addAndGet(INTERVAL_NS);
        assertEquals(OptionalLong.of(0), log.refused(InetAddress.getByName("10.0.0.3")));
    }
}
