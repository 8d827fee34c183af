package org.acd.simulator.emulator;

/**
 * A channel's side of one FastAGI session, as the dialplan would run it. Both methods are called
 * on the switch thread, in the order things happened on the socket.
 */
interface AgiDialogue {

    /** The session is open and its environment sent. */
    default void opened(AgiConnection connection) {
    }

    /** The ACD sent an AGI command; answer it through the connection, now or later (EXEC Bridge). */
    void command(AgiConnection connection, String line);

    /** The session ended: the ACD closed it, or it could not be opened. The dialplan goes on. */
    void ended();
}
