package org.acd.telephony.ami;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

final class BoundedLineSocketTest {

    private static final int MAX_LINE_BYTES = 1_024;

    private final ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());

    BoundedLineSocketTest() throws IOException {
    }

    @AfterEach
    void closeServer() throws IOException {
        server.close();
    }

    @Test
    void shouldReadLinesWithoutTheirCrlfKeepingALoneCrOrLf() throws Exception {
        try (Peer peer = connect()) {
            peer.send("Asterisk Call Manager/11.0.0\r\nEvent: Hangup\r\nCause-txt: a\rb\nc\r\n\r\n");

            assertEquals("Asterisk Call Manager/11.0.0", peer.socket.readLine());
            assertEquals("Event: Hangup", peer.socket.readLine());
            assertEquals("Cause-txt: a\rb\nc", peer.socket.readLine());
            assertEquals("", peer.socket.readLine(), "the blank line that ends an event");
        }
    }

    @Test
    void shouldCloseTheConnectionOnALineLongerThanTheBound() throws Exception {
        try (Peer peer = connect()) {
            peer.send("Event: Newchannel\r\n" + "Variable: " + "x".repeat(MAX_LINE_BYTES) + "\r\n");

            assertEquals("Event: Newchannel", peer.socket.readLine());
            IOException tooLong = assertThrows(IOException.class, peer.socket::readLine);
            assertTrue(tooLong.getMessage().contains("longer than 1024 bytes"), tooLong.getMessage());
            assertEquals(-1, peer.accepted.getInputStream().read(), "the ACD's side of the connection is closed");
        }
    }

    @Test
    void shouldFailWhenThePeerClosesMidLine() throws Exception {
        try (Peer peer = connect()) {
            peer.send("Event: Hang");
            peer.accepted.close();

            IOException closed = assertThrows(IOException.class, peer.socket::readLine);
            assertTrue(closed.getMessage().contains("closed"), closed.getMessage());
        }
    }

    private Peer connect() throws Exception {
        CompletableFuture<Socket> accepted = CompletableFuture.supplyAsync(() -> {
            try {
                return server.accept();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        BoundedLineSocket socket = new BoundedLineSocket("127.0.0.1", server.getLocalPort(), 2_000, MAX_LINE_BYTES);
        return new Peer(socket, accepted.get(5, TimeUnit.SECONDS));
    }

    private record Peer(BoundedLineSocket socket, Socket accepted) implements AutoCloseable {

        void send(String text) throws IOException {
            OutputStream out = accepted.getOutputStream();
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
        }

        @Override
        public void close() throws IOException {
            socket.close();
            accepted.close();
        }
    }
}
