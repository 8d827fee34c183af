package org.acd.supervisor;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Where the admin API is, which certificate to trust when it speaks TLS, and where its token lives;
 * a mixin of every command that calls the API.
 */
final class ConnectionOptions {

    @Option(names = "--url", paramLabel = "URL", defaultValue = "http://127.0.0.1:8089",
            description = "The ACD admin API, http:// or https:// (default: ${DEFAULT-VALUE}).")
    private String url;

    @Option(names = "--cacert", paramLabel = "FILE",
            description = "PEM certificate to trust for an https:// URL: the server's own (self-signed) or its CA's "
                    + "(default: the CAs Java trusts).")
    private Path caCertificate;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "File holding the admin token, written by the server at its first start "
                    + "(default: ~/.acd/admin-token).")
    private Path tokenFile;

    /** A client for the API, with the token read from the file. */
    AdminClient client() {
        URI base = base();
        Path file = tokenFile != null ? tokenFile : Path.of(System.getProperty("user.home"), ".acd", "admin-token");
        HttpClient.Builder http = HttpClient.newBuilder().connectTimeout(AdminClient.TIMEOUT);
        if (caCertificate != null) {
            if (!"https".equals(base.getScheme())) {
                throw new AcdCtlException(ExitCodes.USAGE, "--cacert is for an https:// URL; --url is " + url);
            }
            http.sslContext(TrustedCertificates.from(caCertificate));
        }
        return new AdminClient(base, readToken(file), file, http.build());
    }

    private URI base() {
        try {
            URI uri = new URI(url.endsWith("/") ? url : url + "/");
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new URISyntaxException(url, "not an http:// or https:// URL with a host");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new AcdCtlException(ExitCodes.USAGE, "--url " + url + ": " + e.getReason());
        }
    }

    private static String readToken(Path file) {
        try {
            String token = Files.readString(file, StandardCharsets.US_ASCII).strip();
            if (token.isEmpty()) {
                throw new AcdCtlException(ExitCodes.TOKEN, "the token file " + file + " is empty");
            }
            return token;
        } catch (NoSuchFileException e) {
            throw new AcdCtlException(ExitCodes.TOKEN, "no token file at " + file + "; the server writes it at its "
                    + "first start (or name it with --token-file)");
        } catch (IOException e) {
            throw new AcdCtlException(ExitCodes.TOKEN, "cannot read the token file " + file + ": " + e.getMessage());
        }
    }
}
