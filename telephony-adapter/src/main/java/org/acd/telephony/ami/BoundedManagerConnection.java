package org.acd.telephony.ami;

import java.io.IOException;
import org.asteriskjava.manager.internal.ManagerConnectionImpl;
import org.asteriskjava.util.SocketConnectionFacade;

/**
 * Asterisk-Java's manager connection over a {@link BoundedLineSocket}: everything else (login,
 * reader, dispatch, reconnect) is Asterisk-Java's.
 */
final class BoundedManagerConnection extends ManagerConnectionImpl {

    private static final int CONNECT_TIMEOUT_MS = 5_000;

    BoundedManagerConnection(AmiSettings settings) {
        setHostname(settings.host());
        setPort(settings.port());
        setUsername(settings.username());
        setPassword(settings.secret().read());
    }

    @Override
    protected SocketConnectionFacade createSocket() throws IOException {
        return new BoundedLineSocket(getHostname(), getPort(), CONNECT_TIMEOUT_MS, BoundedLineSocket.MAX_LINE_BYTES);
    }
}
