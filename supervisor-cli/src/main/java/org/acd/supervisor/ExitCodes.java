package org.acd.supervisor;

/** acdctl's exit statuses, listed in {@code acdctl --help} too (its footer, in {@link AcdCtl}). */
final class ExitCodes {

    static final int OK = 0;
    /** The API answered with an error other than those below, or acdctl itself failed. */
    static final int API_ERROR = 1;
    /** Bad command line (picocli's own code), or a value of it the API refused (HTTP 400 or 422). */
    static final int USAGE = 2;
    /** Nothing answered at the URL. */
    static final int UNREACHABLE = 3;
    /** The token file is missing or unreadable, or the server refused its token. */
    static final int TOKEN = 4;
    /** The agent, call (or path) asked for does not exist. */
    static final int NOT_FOUND = 5;
    /** {@code config check} or {@code config reload}: the configuration file has problems. */
    static final int INVALID_CONFIG = 6;
    /** {@code watch} ended by Ctrl-C: the shell's status for a process that SIGINT ended. */
    static final int INTERRUPTED = 130;

    private ExitCodes() {
    }
}
