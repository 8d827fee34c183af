package org.acd.simulator.load;

import java.util.Collection;
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
 * I/O threads; read from any thread. {@link #endWarmup()} sets apart what was recorded so far, so
 * that the figures describe the server in its steady state, not its first seconds of class loading
 * and JIT compilation.
 */
public final class TurnaroundRecorder implements AgiTurnaroundHandler {

    private static final long HIGHEST_NS = TimeUnit.MINUTES.toNanos(1);

    private final ConcurrentMap<String, ConcurrentHistogram> byScript = new ConcurrentHashMap<>();
    private final AtomicInteger openSessions = new AtomicInteger();
    private volatile Map<String, Histogram> warmup = Map.of();

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

    /** Ends the warm-up: what was recorded until now is left out of {@link #byScript()} and {@link #all()}. */
    public void endWarmup() {
        warmup = recordedSoFar();
    }

    /** Each script's turnarounds since the warm-up ended (all of them without a warm-up), by script name. */
    public Map<String, Histogram> byScript() {
        Map<String, Histogram> warmupByScript = warmup;
        Map<String, Histogram> measured = recordedSoFar();
        measured.forEach((script, histogram) -> {
            Histogram duringWarmup = warmupByScript.get(script);
            if (duringWarmup != null) {
                histogram.subtract(duringWarmup);
            }
        });
        return measured;
    }

    /** All scripts' turnarounds since the warm-up ended, in one histogram. */
    public Histogram all() {
        return sum(byScript().values());
    }

    /** All scripts' turnarounds during the warm-up, in one histogram: empty without a warm-up. */
    public Histogram warmup() {
        return sum(warmup.values());
    }

    private Map<String, Histogram> recordedSoFar() {
        Map<String, Histogram> copies = new TreeMap<>();
        byScript.forEach((script, histogram) -> copies.put(script, histogram.copy()));
        return copies;
    }

    private static Histogram sum(Collection<Histogram> histograms) {
        Histogram all = new Histogram(HIGHEST_NS, 3);
        histograms.forEach(all::add);
        return all;
    }
}
