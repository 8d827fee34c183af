package org.acd.server;

import sun.misc.Signal;

/**
 * Turns Ctrl-C (SIGINT) into a request to stop, so that a demo stopped by hand ends the way a timed
 * one does: summary printed, exit status 0. Without it the JVM would run the shutdown hooks and exit
 * with 130. The request runs on the JVM's signal thread and must return quickly.
 */
public final class StopOnCtrlC {

    private StopOnCtrlC() {
    }

    public static void install(Runnable requestStop) {
        try {
            Signal.handle(new Signal("INT"), signal -> requestStop.run());
        } catch (IllegalArgumentException reservedByJvm) {
            // Under -Xrs the JVM keeps SIGINT to itself: Ctrl-C then ends the JVM, and the shutdown
            // hook still stops the demo and prints the summary.
        }
    }
}
