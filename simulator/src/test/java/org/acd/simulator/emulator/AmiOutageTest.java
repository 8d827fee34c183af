package org.acd.simulator.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class AmiOutageTest {

    @Test
    void shouldDropEveryAmiConnectionAndRefuseNewOnesUntilItComesBack() throws Exception {
        try (AsteriskEmulator asterisk = AsteriskEmulator.start(0, new AmiCredentials("acd", "secret"), Map.of())) {
            int port = asterisk.amiPort();
            try (Socket connected = new Socket("127.0.0.1", port)) {
                assertEquals(AmiSessionHandler.BANNER, banner(connected.getInputStream()));

                asterisk.amiDown();

                assertEquals(-1, connected.getInputStream().read(), "the connection is dropped");
                assertThrows(ConnectException.class, () -> new Socket("127.0.0.1", port).close(),
                        "nothing listens while Asterisk is away");
            }

            asterisk.amiBack();

            try (Socket again = new Socket("127.0.0.1", port)) {
                assertEquals(AmiSessionHandler.BANNER, banner(again.getInputStream()), "the same port serves again");
            }
        }
    }

    private static String banner(InputStream in) throws IOException {
        return new String(in.readNBytes(AmiSessionHandler.BANNER.length()), StandardCharsets.US_ASCII);
    }
}
