package org.acd.supervisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.acd.core.runtime.AcdRuntime;
import org.acd.core.runtime.RuntimeOptions;
import org.acd.core.testing.RecordedCommands;
import org.acd.server.AcdVersion;
import org.acd.server.admin.AdminServer;
import org.acd.server.admin.AdminSettings;
import org.acd.server.admin.AdminSetup;
import org.acd.server.admin.AdminTls;
import org.acd.server.admin.AdminToken;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The admin API over HTTPS with a certificate made in the test: acdctl reads it when told to trust
 * that certificate, fails with a hint when not, and plain HTTP gets nothing. The token shows nowhere.
 */
final class HttpsAdminTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @TempDir
    static Path certificateDirectory;

    private static TestCertificate certificate;

    @TempDir
    Path temp;

    private AcdRuntime runtime;
    private AdminServer server;
    private Path tokenFile;

    @BeforeAll
    static void makeCertificate() throws Exception {
        certificate = TestCertificate.create(certificateDirectory);
    }

    @BeforeEach
    void start() throws Exception {
        tokenFile = temp.resolve("admin-token");
        Path journal = temp.resolve("journal");
        runtime = AcdRuntime.start(RunningServer.CONFIG, RuntimeOptions.defaults(journal), new RecordedCommands());
        server = AdminServer.start(new AdminSetup(AdminSettings.loopback(0, tokenFile), AdminToken.loadOrCreate(tokenFile),
                        Optional.of(AdminTls.serverContext(certificate.certificate(), certificate.privateKey()))),
                runtime, RunningServer.CONFIG, journal, System::currentTimeMillis);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        runtime.close();
    }

    @Test
    void shouldServeAcdctlOverHttpsWhenItTrustsTheCertificate() throws IOException {
        StringWriter out = new StringWriter();

        int status = acdctl(out, "status", "--url", server.url(), "--cacert", certificate.certificate().toString(),
                "--token-file", tokenFile.toString());

        assertEquals(0, status, out::toString);
        assertTrue(server.url().startsWith("https://127.0.0.1:"), server.url());
        assertTrue(out.toString().contains("acd " + AcdVersion.current()), out::toString);
        assertFalse(out.toString().contains(token()), "the token is not printed");
    }

    @Test
    void shouldTellAcdctlWhichOptionTrustsAnUnknownCertificate() throws IOException {
        StringWriter out = new StringWriter();

        int status = acdctl(out, "status", "--url", server.url(), "--token-file", tokenFile.toString());

        assertEquals(3, status, out::toString);
        assertTrue(out.toString().contains("the TLS handshake failed") && out.toString().contains("--cacert FILE"),
                out::toString);
        assertFalse(out.toString().contains(token()), "the token is not printed");
    }

    @Test
    void shouldAnswerPlainHttpWithNothing() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
        URI plain = URI.create(server.url().replace("https://", "http://") + "/api/status");

        assertThrows(IOException.class, () -> http.send(HttpRequest.newBuilder(plain).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token()).build(), HttpResponse.BodyHandlers.ofString()));

        StringWriter out = new StringWriter();
        assertEquals(3, acdctl(out, "status", "--url", server.url().replace("https://", "http://"), "--token-file",
                tokenFile.toString()), out::toString);
    }

    @Test
    void shouldNameTheTlsFileThatIsMissingOrNotPem() throws IOException {
        Path missing = temp.resolve("missing.crt");
        Path notPem = Files.writeString(temp.resolve("garbage.key"), "not a key");

        IllegalArgumentException noCertificate = assertThrows(IllegalArgumentException.class,
                () -> AdminTls.serverContext(missing, certificate.privateKey()));
        IllegalArgumentException badKey = assertThrows(IllegalArgumentException.class,
                () -> AdminTls.serverContext(certificate.certificate(), notPem));

        assertEquals("the TLS certificate file " + missing + " does not exist", noCertificate.getMessage());
        assertTrue(badKey.getMessage().startsWith("the TLS certificate " + certificate.certificate()
                + " and private key " + notPem + " cannot be used: "), badKey.getMessage());
    }

    private static int acdctl(StringWriter output, String... args) {
        CommandLine commandLine = AcdCtl.commandLine();
        commandLine.setOut(new PrintWriter(output, true));
        commandLine.setErr(new PrintWriter(output, true));
        return commandLine.execute(args);
    }

    private String token() throws IOException {
        return Files.readString(tokenFile).strip();
    }
}
