package org.acd.telephony.ami;

/**
 * Runs the resynchronisation once per AMI login, as soon as both the login has completed and
 * Asterisk has said it is fully booted, in whichever order the two arrive: Asterisk-Java reports
 * the login after its own version query, while Asterisk's {@code FullyBooted} event can be read
 * before that, when actions cannot be sent yet. A lost connection starts the wait again.
 */
final class ResyncTrigger {

    private final Runnable resync;
    private boolean loggedIn;
    private boolean booted;

    ResyncTrigger(Runnable resync) {
        this.resync = resync;
    }

    synchronized void loggedIn() {
        loggedIn = true;
        runWhenReady();
    }

    synchronized void booted() {
        booted = true;
        runWhenReady();
    }

    synchronized void disconnected() {
        loggedIn = false;
        booted = false;
    }

    private void runWhenReady() {
        if (loggedIn && booted) {
            loggedIn = false;
            booted = false;
            resync.run();
        }
    }
}
