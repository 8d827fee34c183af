package org.acd.telephony.ami;

import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.asteriskjava.util.SocketConnectionFacade;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The AMI socket Asterisk-Java reads and writes, with a bound on the length of a line. Asterisk-Java's
 * own reader collects a line for as long as no CRLF comes, so a peer (or a fault) sending an endless
 * line would grow the reader's memory without limit and stall every event behind it. Here a line
 * longer than the bound closes the connection with a logged error; Asterisk-Java then sees the
 * connection lost and reconnects, and the adapter resynchronises as after any other loss.
 */
final class BoundedLineSocket implements SocketConnectionFacade {

    /** Far above any line Asterisk sends (a {@code Status} event's variables line included). */
    static final int MAX_LINE_BYTES = 64 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(BoundedLineSocket.class);
    private static final int CR = '\r';
    private static final int LF = '\n';

    private final Socket socket;
    private final InputStream in;
    private final Writer out;
    private final int maxLineBytes;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);

    BoundedLineSocket(String host, int port, int connectTimeoutMs, int maxLineBytes) throws IOException {
        this.socket = new Socket();
        this.maxLineBytes = maxLineBytes;
        try {
            socket.connect(new InetSocketAddress(host, port), connectTimeoutMs);
            this.in = new BufferedInputStream(socket.getInputStream());
            this.out = new BufferedWriter(new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    /** The next line without its CRLF; fails when the connection ends or the line exceeds the bound. */
    @Override
    public String readLine() throws IOException {
        line.reset();
        boolean afterCr = false;
        while (true) {
            int next = in.read();
            if (next < 0) {
                throw new IOException("AMI connection closed by " + peer());
            }
            if (afterCr && next == LF) {
                return line.toString(StandardCharsets.UTF_8);
            }
            if (afterCr) {
                line.write(CR);
            }
            afterCr = next == CR;
            if (!afterCr) {
                line.write(next);
            }
            if (line.size() > maxLineBytes) {
                LOG.error("AMI line from {} longer than {} bytes; closing the connection (it will be made again)",
                        peer(), maxLineBytes);
                close();
                throw new IOException("AMI line from " + peer() + " longer than " + maxLineBytes + " bytes");
            }
        }
    }

    @Override
    public void write(String s) throws IOException {
        out.write(s);
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    @Override
    public boolean isConnected() {
        return socket.isConnected();
    }

    @Override
    public InetAddress getLocalAddress() {
        return socket.getLocalAddress();
    }

    @Override
    public int getLocalPort() {
        return socket.getLocalPort();
    }

    @Override
    public InetAddress getRemoteAddress() {
        return socket.getInetAddress();
    }

    @Override
    public int getRemotePort() {
        return socket.getPort();
    }

    private String peer() {
        return socket.getInetAddress() + ":" + socket.getPort();
    }
}
