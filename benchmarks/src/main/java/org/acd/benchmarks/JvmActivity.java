package org.acd.benchmarks;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;

/**
 * What the JVM did between two samples: garbage collections, bytes allocated by all live threads,
 * CPU time used by the whole process and by the engine thread; and the machine's load average at
 * the later sample. Tells whether a latency tail or a throughput limit comes from the collector or
 * from other processes, and how much CPU an event costs whatever else runs on the machine.
 */
record JvmActivity(long gcCount, long gcMs, long allocatedBytes, long processCpuNanos, long engineCpuNanos,
                   double loadAverage) {

    /** @param engineThreadId the engine thread, or -1 if it is not known yet */
    static JvmActivity sample(long engineThreadId) {
        long count = 0;
        long ms = 0;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, collector.getCollectionCount());
            ms += Math.max(0, collector.getCollectionTime());
        }
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocated = 0;
        for (long bytes : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) {
            allocated += Math.max(0, bytes);
        }
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long engineCpu = engineThreadId < 0 ? 0 : Math.max(0, threads.getThreadCpuTime(engineThreadId));
        return new JvmActivity(count, ms, allocated, os.getProcessCpuTime(), engineCpu, os.getSystemLoadAverage());
    }

    JvmActivity since(JvmActivity before) {
        return new JvmActivity(gcCount - before.gcCount, gcMs - before.gcMs, allocatedBytes - before.allocatedBytes,
                processCpuNanos - before.processCpuNanos, engineCpuNanos - before.engineCpuNanos, loadAverage);
    }

    String describe(long events) {
        double perEvent = Math.max(1, events);
        return String.format("%d GC pauses, %d ms in total; %.1f B allocated per event (all threads);%n"
                        + "  CPU per event: %.2f us for the process, %.2f us on the engine thread;%n"
                        + "  machine load average (1 min) at the end: %.2f on %d cores",
                gcCount, gcMs, allocatedBytes / perEvent, processCpuNanos / perEvent / 1e3,
                engineCpuNanos / perEvent / 1e3, loadAverage, Runtime.getRuntime().availableProcessors());
    }
}
