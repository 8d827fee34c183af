package org.acd.telephony.agi;

/**
 * What runs for one FastAGI script name ({@code agi://host:port/NAME}). Called on the session's
 * event loop once the environment is read; it must not block: it sends commands and reacts to
 * their futures, and closes the session when done.
 */
@FunctionalInterface
public interface AgiScript {

    void run(AgiSession session);
}
