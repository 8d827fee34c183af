package org.acd.telephony.agi;

import java.util.concurrent.CompletableFuture;
import org.asteriskjava.fastagi.command.AgiCommand;

/**
 * One channel's FastAGI conversation, as a script sees it. Commands are sent one at a time in the
 * order given; each returns a future completed with Asterisk's reply on the session's event loop,
 * so nothing waits on a thread. Safe to call from any thread.
 */
public interface AgiSession {

    AgiRequest request();

    /**
     * Sends a command once the ones before it are answered. The future fails with
     * {@link AgiSessionClosedException} if the session ends first.
     */
    CompletableFuture<AgiReply> send(AgiCommand command);

    /** Completes when Asterisk reports that the channel hung up, or the session ends. */
    CompletableFuture<Void> hangup();

    /** Ends the session: Asterisk goes on with the next dialplan priority (or hangs up, if the channel is gone). */
    void close();
}
