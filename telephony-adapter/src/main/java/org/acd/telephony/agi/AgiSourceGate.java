package org.acd.telephony.agi;

import io.netty.channel.Channel;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides at accept time whether a FastAGI connection may become a session: its source must be on
 * the allow-list and hold fewer than the per-source limit of open sessions. A refused connection is
 * closed before anything is read from it, counted, and logged through a {@link RefusalLog}, so a
 * scanner cannot flood the log. Called on the event loops as each connection registers.
 */
final class AgiSourceGate {

    private static final Logger LOG = LoggerFactory.getLogger(AgiSourceGate.class);
    private static final long LOG_INTERVAL_NS = TimeUnit.MINUTES.toNanos(1);
    private static final int LOGGED_SOURCES = 256;

    private final AgiAllowList allow;
    private final int maxSessionsPerSource;
    private final AgiCounters counters;
    private final RefusalLog refusals = new RefusalLog(LOG_INTERVAL_NS, LOGGED_SOURCES, System::nanoTime);
    private final ConcurrentHashMap<InetAddress, Integer> openBySource = new ConcurrentHashMap<>();

    AgiSourceGate(AgiAllowList allow, int maxSessionsPerSource, AgiCounters counters) {
        this.allow = allow;
        this.maxSessionsPerSource = maxSessionsPerSource;
        this.counters = counters;
    }

    /** Whether {@code channel} may go on; when it may, its slot is given back as it closes. */
    boolean admit(Channel channel) {
        InetSocketAddress remote = (InetSocketAddress) channel.remoteAddress();
        InetAddress source = remote.getAddress();
        if (!allow.allows(remote)) {
            counters.refusedNotAllowed();
            logRefusal(source, "it is not in server.agi.allow");
            return false;
        }
        if (!takeSlot(source)) {
            counters.refusedOverSourceLimit();
            logRefusal(source, "it already has " + maxSessionsPerSource
                    + " sessions open (server.agi.max_sessions_per_source)");
            return false;
        }
        channel.closeFuture().addListener(closed -> openBySource.computeIfPresent(source,
                (address, open) -> open == 1 ? null : open - 1));
        return true;
    }

    /** Open sessions from {@code source}, for tests. */
    int openSessions(InetAddress source) {
        return openBySource.getOrDefault(source, 0);
    }

    private boolean takeSlot(InetAddress source) {
        boolean[] taken = {false};
        openBySource.compute(source, (address, open) -> {
            int now = open == null ? 0 : open;
            if (now >= maxSessionsPerSource) {
                return open;
            }
            taken[0] = true;
            return now + 1;
        });
        return taken[0];
    }

    private void logRefusal(InetAddress source, String reason) {
        OptionalLong unlogged = refusals.refused(source);
        if (unlogged.isPresent()) {
            LOG.warn("FastAGI connection from {} refused: {}{}", source.getHostAddress(), reason,
                    unlogged.getAsLong() == 0 ? ""
                            : " (" + unlogged.getAsLong() + " more refused since the last line about it)");
        }
    }
}
