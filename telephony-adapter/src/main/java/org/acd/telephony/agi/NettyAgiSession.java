package org.acd.telephony.agi;

import io.netty.channel.Channel;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import org.asteriskjava.fastagi.command.AgiCommand;

/**
 * {@link AgiSession} over one Netty channel. All its state is touched only on the channel's event
 * loop: calls from other threads hop onto it.
 */
final class NettyAgiSession implements AgiSession {

    private record PendingCommand(String line, CompletableFuture<AgiReply> reply) {
    }

    private final Channel channel;
    private final AgiRequest request;
    private final Queue<PendingCommand> waiting = new ArrayDeque<>();
    private final CompletableFuture<Void> hangup = new CompletableFuture<>();
    private PendingCommand inFlight;
    private boolean ended;

    NettyAgiSession(Channel channel, AgiRequest request) {
        this.channel = channel;
        this.request = request;
    }

    @Override
    public AgiRequest request() {
        return request;
    }

    @Override
    public CompletableFuture<AgiReply> send(AgiCommand command) {
        PendingCommand pending = new PendingCommand(command.buildCommand(), new CompletableFuture<>());
        try {
            channel.eventLoop().execute(() -> enqueue(pending));
        } catch (RejectedExecutionException e) {
            pending.reply().completeExceptionally(new AgiSessionClosedException(
                    "FastAGI server stopped; session of " + request.channel() + " ended"));
        }
        return pending.reply();
    }

    @Override
    public CompletableFuture<Void> hangup() {
        return hangup;
    }

    @Override
    public void close() {
        channel.close();
    }

    /** True while a command waits for its reply (which may take as long as a conversation: EXEC Bridge). Event loop only. */
    boolean awaitingReply() {
        return inFlight != null;
    }

    /** A complete reply arrived for the command in flight. Event loop only. */
    void replied(AgiReply reply) {
        if (inFlight == null) {
            throw new MalformedAgiException("a reply arrived with no command outstanding");
        }
        PendingCommand answered = inFlight;
        inFlight = null;
        writeNext();
        answered.reply().complete(reply);
    }

    /** Asterisk said {@code HANGUP}: the channel is gone, commands will be refused. Event loop only. */
    void channelHungUp() {
        hangup.complete(null);
    }

    /** The connection closed: everything outstanding fails. Event loop only. */
    void ended() {
        ended = true;
        hangup.complete(null);
        AgiSessionClosedException closed = new AgiSessionClosedException(
                "FastAGI session of " + request.channel() + " ended");
        if (inFlight != null) {
            inFlight.reply().completeExceptionally(closed);
            inFlight = null;
        }
        PendingCommand next;
        while ((next = waiting.poll()) != null) {
            next.reply().completeExceptionally(closed);
        }
    }

    private void enqueue(PendingCommand pending) {
        if (ended) {
            pending.reply().completeExceptionally(new AgiSessionClosedException(
                    "FastAGI session of " + request.channel() + " already ended"));
            return;
        }
        waiting.add(pending);
        if (inFlight == null) {
            writeNext();
        }
    }

    private void writeNext() {
        inFlight = waiting.poll();
        if (inFlight != null) {
            channel.writeAndFlush(inFlight.line() + "\n");
        }
    }
}
