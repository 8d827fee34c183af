package org.acd.benchmarks.dispatch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** CPU time a process has used so far (user + system), read from Linux's /proc/PID/stat. */
public final class ProcessCpu {

    private static final double CLOCK_TICKS_PER_SECOND = 100.0;

    private ProcessCpu() {
    }

    public static double secondsUsed(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return ticks / CLOCK_TICKS_PER_SECOND;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read CPU time of process " + pid, e);
        }
    }
}
