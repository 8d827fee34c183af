package org.acd.simulator.load;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.acd.simulator.emulator.AgiTurnaroundHandler;

/**
 * The ACD's FastAGI turnarounds of a load run, one HdrHistogram per script (nanoseconds, 3
 * significant digits, up to a minute), and the number of sessions open. Written on the emulator's
 * I/O threads; read from any thread.
 */
public final class TurnaroundRecorder implements AgiTurnaroundHandler {

    private static final long HIGHEST_NS = TimeUnit.MINUTES.toNanos(1);

    private final ConcurrentMap<String, ConcurrentHistogram> byScript = new ConcurrentHashMap<>();
    private final AtomicInteger openSessions = new AtomicInteger();

    @Override
    public void turnaround(String script, long turnaroundNs) {
        byScript.computeIfAbsent(script, name -> new ConcurrentHistogram(HIGHEST_NS, 3))
                .recordValue(Math.min(Math.max(turnaroundNs, 0), HIGHEST_NS));
    }

    @Override
    public void sessionOpened(String script) {
        openSessions.incrementAndGet();
    }

    @Override
    public void sessionClosed(String script) {
        openSessions.decrementAndGet();
    }

    public int openSessions() {
        return openSessions.get();
    }

    /** A copy of each script's histogram so far, by script name. */
    public Map<String, Histogram> byScript() {
        Map<String, Histogram> copies = new TreeMap<>();
        byScript.forEach((script, histogram) -> copies.put(script, histogram.copy()));
        return copies;
    }

    /** All scripts' turnarounds in one histogram. */
    public Histogram all() {
        Histogram all = new Histogram(HIGHEST_NS, 3);
        byScript.values().forEach(histogram -> all.add(histogram.copy()));
        return all;
    }
}
