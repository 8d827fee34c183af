package org.acd.supervisor;

/**
 * A failure acdctl reports in one line, without a stack trace, and the exit status that goes with
 * it (see {@link ExitCodes}). Thrown on the main thread.
 */
final class AcdCtlException extends RuntimeException {

    private final int exitCode;

    AcdCtlException(int exitCode, String message) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
