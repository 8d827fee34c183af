package org.acd.benchmarks.emulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How long a process's threads ran on a CPU and how long they waited for one while runnable, summed
 * over the threads alive when read, from Linux's {@code /proc/PID/task/TID/schedstat}. The waiting
 * time is what a shared machine costs a latency figure: a thread that is ready but not running
 * adds that time to every turnaround it is part of. Threads that ended between two readings are
 * missing from the difference.
 *
 * @param onCpuNs   time the threads ran
 * @param waitingNs time the threads were runnable and waited for a CPU
 */
record SchedulerTime(long onCpuNs, long waitingNs) {

    static SchedulerTime of(long pid) {
        long onCpu = 0;
        long waiting = 0;
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/" + pid + "/task"))) {
            for (Path task : tasks) {
                try {
                    String[] fields = Files.readString(task.resolve("schedstat")).trim().split(" ");
                    onCpu += Long.parseLong(fields[0]);
                    waiting += Long.parseLong(fields[1]);
                } catch (IOException e) {
                    if (Files.exists(task)) {
                        throw e;
                    }
                    // The thread ended while the directory was read (the read fails with "no such file"
                    // or "no such process"); it no longer counts.
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the scheduler statistics of process " + pid, e);
        }
        return new SchedulerTime(onCpu, waiting);
    }

    SchedulerTime since(SchedulerTime earlier) {
        return new SchedulerTime(onCpuNs - earlier.onCpuNs, waitingNs - earlier.waitingNs);
    }
}
