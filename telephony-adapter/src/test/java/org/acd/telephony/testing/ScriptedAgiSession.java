package org.acd.telephony.testing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.acd.telephony.agi.AgiReply;
import org.acd.telephony.agi.AgiRequest;
import org.acd.telephony.agi.AgiSession;
import org.acd.telephony.agi.AgiSessionClosedException;
import org.asteriskjava.fastagi.command.AgiCommand;

/**
 * An {@link AgiSession} a test plays Asterisk for: it records each command's wire text and leaves
 * its future open until the test answers it with {@link #reply}. Futures complete on the test's
 * thread, so a script's reaction has happened when {@code reply} returns.
 */
public final class ScriptedAgiSession implements AgiSession {

    private final AgiRequest request;
    private final List<String> sent = new ArrayList<>();
    private final Deque<CompletableFuture<AgiReply>> outstanding = new ArrayDeque<>();
    private final CompletableFuture<Void> hangup = new CompletableFuture<>();
    private boolean closed;

    public ScriptedAgiSession(AgiRequest request) {
        this.request = request;
    }

    /** A session on {@code channel} with unique id {@code uniqueId}, caller {@code callerId}, for {@code script?query}. */
    public static ScriptedAgiSession on(String channel, String uniqueId, String callerId, String script,
                                        Map<String, String> parameters) {
        Map<String, String> environment = Map.of(
                "agi_channel", channel,
                "agi_uniqueid", uniqueId,
                "agi_callerid", callerId,
                "agi_network_script", script);
        return new ScriptedAgiSession(new AgiRequest(environment, script, parameters));
    }

    @Override
    public AgiRequest request() {
        return request;
    }

    @Override
    public synchronized CompletableFuture<AgiReply> send(AgiCommand command) {
        CompletableFuture<AgiReply> reply = new CompletableFuture<>();
        sent.add(command.buildCommand());
        outstanding.add(reply);
        return reply;
    }

    @Override
    public CompletableFuture<Void> hangup() {
        return hangup;
    }

    @Override
    public synchronized void close() {
        closed = true;
    }

    /** Asterisk answers the oldest unanswered command. */
    public void reply(int status, String result, String data) {
        reply(new AgiReply(status, result, data));
    }

    /** Asterisk answers the oldest unanswered command with {@code reply} (one with an {@code endpos}, say). */
    public void reply(AgiReply reply) {
        nextOutstanding().complete(reply);
    }

    /** Asterisk reports that the channel hung up ({@code HANGUP}); the session stays open until closed. */
    public void channelHungUp() {
        hangup.complete(null);
    }

    /** The connection drops: every unanswered command fails as the real session fails it. */
    public void endSession() {
        hangup.complete(null);
        CompletableFuture<AgiReply> next;
        while ((next = pollOutstanding()) != null) {
            next.completeExceptionally(new AgiSessionClosedException("scripted session ended"));
        }
    }

    public synchronized List<String> sentCommands() {
        return List.copyOf(sent);
    }

    public synchronized boolean isClosed() {
        return closed;
    }

    private CompletableFuture<AgiReply> nextOutstanding() {
        CompletableFuture<AgiReply> next = pollOutstanding();
        if (next == null) {
            throw new AssertionError("no command is waiting for a reply; sent so far: " + sentCommands());
        }
        return next;
    }

    private synchronized CompletableFuture<AgiReply> pollOutstanding() {
        return outstanding.poll();
    }
}
