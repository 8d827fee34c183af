package org.acd.core.runtime;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the pipeline does when a write into the memory-mapped journal faults. A page its file system
 * cannot back (the disk full, a tmpfs at its size) raises SIGBUS, which the JVM turns into an
 * {@link InternalError} on the writing thread. Going on would either route calls that are not
 * journaled or stall the pipeline with callers on hold forever (what happened before this was
 * handled: the journaling thread died, the process lived on and routed nothing). So the process
 * stops at once, with {@link #EXIT_STATUS} and an error naming the directory: its service manager
 * restarts it once space is back, and replay recovers everything journaled before the fault.
 * Halted, not exited: shutdown hooks would touch the faulting mapping again.
 */
final class JournalFault {

    /** sysexits.h's EX_IOERR: the journal could not be written. */
    static final int EXIT_STATUS = 74;
    private static final Logger LOG = LoggerFactory.getLogger(JournalFault.class);

    private JournalFault() {
    }

    /** Logs what failed and what to do, then halts the process. */
    static void stop(String what, long sequence, Path directory, InternalError fault) {
        LOG.error("ring sequence {}: the {} in {} could not be written ({}): its file system is most likely full. "
                + "Stopping now (exit status {}) rather than routing calls it cannot journal; free space there and "
                + "start the server again: it replays everything journaled before.", sequence, what, directory,
                fault.getMessage(), EXIT_STATUS);
        Runtime.getRuntime().halt(EXIT_STATUS);
    }
}
