package org.acd.server.admin;

import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.net.ssl.SSLException;

/**
 * The admin API's TLS identity, read once at start from two PEM files: the certificate (chain) and
 * its PKCS#8 private key, into Netty's server {@link SslContext} (the JDK's TLS, no native library).
 * A file that is missing, unreadable or not what it should be is refused with its path named, before
 * anything listens. Stateless.
 */
public final class AdminTls {

    private AdminTls() {
    }

    /** The server context, or an {@link IllegalArgumentException} naming the file at fault. */
    public static SslContext serverContext(Path certificate, Path privateKey) {
        requireReadable(certificate, "certificate");
        requireReadable(privateKey, "private key");
        try {
            return SslContextBuilder.forServer(certificate.toFile(), privateKey.toFile()).build();
        } catch (SSLException | IllegalArgumentException e) {
            throw new IllegalArgumentException("the TLS certificate " + certificate + " and private key " + privateKey
                    + " cannot be used: " + rootMessage(e) + " (PEM files; the key in PKCS#8, BEGIN PRIVATE KEY)", e);
        }
    }

    private static void requireReadable(Path file, String what) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("the TLS " + what + " file " + file + " does not exist");
        }
        if (!Files.isReadable(file)) {
            throw new IllegalArgumentException("the TLS " + what + " file " + file + " cannot be read by this user");
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
