package org.acd.simulator.emulator;

/**
 * Hears how fast the ACD answers on its FastAGI sessions, for a load test's latency figures. A
 * turnaround runs from the moment the emulator's I/O thread hands the session's last write (the
 * {@code agi_*} environment, or the reply to a command) to the socket until the ACD's next command
 * line has arrived and been framed on that thread: the ACD's processing plus both directions of the
 * loopback, with nothing of the emulator's switch thread in it. Writes with no command after them
 * (the last reply before the ACD closes) give no turnaround. Called on the emulator's I/O threads,
 * concurrently; implementations must be thread-safe.
 */
public interface AgiTurnaroundHandler {

    /**
     * @param script        the session's script, as in its {@code agi://} URL without the query
     * @param turnaroundNs  from the write reaching the socket to the next command line read
     */
    void turnaround(String script, long turnaroundNs);

    /** A session of {@code script} connected to the ACD. */
    default void sessionOpened(String script) {
    }

    /** A session of {@code script} ended. */
    default void sessionClosed(String script) {
    }
}
