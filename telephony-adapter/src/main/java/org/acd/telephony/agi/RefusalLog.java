package org.acd.telephony.agi;

import java.net.InetAddress;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.LongSupplier;

/**
 * Decides which refused FastAGI sessions get a log line: the first from a source, then at most one
 * per source and interval, saying how many went unlogged in between. At most {@code maxSources}
 * sources are remembered, so a scan from many addresses costs bounded memory and at most that many
 * lines per interval; refusals beyond it are still counted, just not logged. Called from the event
 * loops, hence synchronized (refusals are rare next to sessions).
 */
final class RefusalLog {

    private final long intervalNs;
    private final int maxSources;
    private final LongSupplier nanoTime;
    private final Map<InetAddress, Silence> sources = new HashMap<>();

    RefusalLog(long intervalNs, int maxSources, LongSupplier nanoTime) {
        this.intervalNs = intervalNs;
        this.maxSources = maxSources;
        this.nanoTime = nanoTime;
    }

    /**
     * Records a refusal of {@code source}: the number of its refusals left unlogged since its last
     * line when this one should be logged, empty when it should not.
     */
    synchronized OptionalLong refused(InetAddress source) {
        long now = nanoTime.getAsLong();
        Silence silence = sources.get(source);
        if (silence == null) {
            if (sources.size() >= maxSources) {
                sources.values().removeIf(old -> now - old.loggedAtNs >= intervalNs);
                if (sources.size() >= maxSources) {
                    return OptionalLong.empty();
                }
            }
            sources.put(source, new Silence(now));
            return OptionalLong.of(0);
        }
        if (now - silence.loggedAtNs < intervalNs) {
            silence.unlogged++;
            return OptionalLong.empty();
        }
        long unlogged = silence.unlogged;
        silence.loggedAtNs = now;
        silence.unlogged = 0;
        return OptionalLong.of(unlogged);
    }

    private static final class Silence {
        private long loggedAtNs;
        private long unlogged;

        private Silence(long loggedAtNs) {
            this.loggedAtNs = loggedAtNs;
        }
    }
}
