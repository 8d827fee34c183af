package org.acd.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.acd.config.model.AddressBlock;
import org.acd.config.model.AdminListen;
import org.acd.config.model.AgiListen;
import org.acd.config.model.ServerSettings;
import org.acd.config.model.TlsFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code server} section read right: the FastAGI sources and limit, the admin API's TLS files, the defaults. */
final class ServerSectionTest {

    private static final String ROUTING = """
            skills: [orders]
            tiers: [{id: standard}]
            queues:
              - {id: orders, skills: [{skill: orders}]}
            agents:
              - {id: ava, endpoint: PJSIP/1001, skills: {orders: 5}}
            """;

    @TempDir
    Path directory;

    @Test
    void shouldAcceptOnlyLoopbackFastAgiSourcesAndPlainHttpWhenTheFileSaysNothing() {
        ServerSettings server = ConfigLoader.parse(ROUTING, "test.yaml", Optional.empty()).server();

        assertEquals(ServerSettings.DEFAULTS, server);
        assertEquals("[127.0.0.0/8, 0:0:0:0:0:0:0:1/128]", server.agi().allow().toString());
        assertEquals(5_000, server.agi().maxSessionsPerSource());
        assertEquals(Optional.empty(), server.admin().tls());
    }

    @Test
    void shouldReadTheSourcesTheirLimitAndTheTlsFilesRelativeToTheFile() throws IOException {
        Files.writeString(directory.resolve("admin.crt"), "certificate");
        Files.writeString(directory.resolve("admin.key"), "key");
        Path file = directory.resolve("acd.yaml");
        Files.writeString(file, """
                server:
                  agi:
                    bind: 0.0.0.0
                    allow: [192.0.2.10, 198.51.100.0/24, "2001:db8::/32"]
                    max_sessions_per_source: 800
                  admin:
                    port: 8443
                    tls: {certificate: admin.crt, private_key: admin.key}
                """ + ROUTING);

        ServerSettings server = ConfigLoader.load(file).server();

        assertEquals(new AgiListen("0.0.0.0", 4573, List.of(block("192.0.2.10", 32), block("198.51.100.0", 24),
                block("2001:db8::", 32)), 800), server.agi());
        assertEquals(new AdminListen("127.0.0.1", 8443, Optional.of(new TlsFiles(directory.resolve("admin.crt"),
                directory.resolve("admin.key")))), server.admin());
    }

    private static AddressBlock block(String address, int prefixLength) throws IOException {
        return new AddressBlock(InetAddress.getByName(address), prefixLength);
    }
}
