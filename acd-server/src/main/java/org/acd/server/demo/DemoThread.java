package org.acd.server.demo;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One named daemon thread that runs a part of the demo (the console), so that part's state needs
 * no locks. A task that throws is logged and the thread goes on. Stopping drops the periodic tasks,
 * lets the tasks already due run, and then drops whatever is handed in.
 */
final class DemoThread {

    private static final Logger LOG = LoggerFactory.getLogger(DemoThread.class);
    private static final long STOP_TIMEOUT_MS = 5_000;

    private final String name;
    private final ScheduledThreadPoolExecutor executor;

    DemoThread(String name) {
        this.name = name;
        this.executor = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        });
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    /** Runs the task on this thread soon; safe from any thread, never blocks. */
    void execute(Runnable task) {
        try {
            executor.execute(guarded(task));
        } catch (RejectedExecutionException stopped) {
            // The demo is stopping: nobody is left to act on it.
        }
    }

    /** Runs the task on this thread soon; {@link #await} the returned future for its end. */
    Future<?> submit(Runnable task) {
        return executor.submit(task);
    }

    /** Waits for a task {@link #submit submitted} here to end; what it threw is thrown here. */
    void await(Future<?> task) {
        try {
            task.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause
                    : new IllegalStateException("a task on " + name + " failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a task on " + name, e);
        }
    }

    /**
     * Runs the task on this thread {@code periodMs} after it last ended, the first time after one
     * period; a thread held up by a busy machine does not catch up in a burst.
     */
    void every(long periodMs, Runnable task) {
        executor.scheduleWithFixedDelay(guarded(task), periodMs, periodMs, TimeUnit.MILLISECONDS);
    }

    /** Runs the tasks already due, then ends the thread and waits for it; from any other thread. */
    void stop() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(STOP_TIMEOUT_MS, TimeUnit.MILLISECONDS)) {
                LOG.warn("{} did not stop within {} ms", name, STOP_TIMEOUT_MS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Runnable guarded(Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                // While stopping, a task that can no longer schedule its follow-up is not a failure.
                if (!executor.isShutdown()) {
                    LOG.error("a task on {} failed; the demo goes on", name, e);
                }
            }
        };
    }
}
