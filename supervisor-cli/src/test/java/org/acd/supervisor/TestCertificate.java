package org.acd.supervisor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

/**
 * A self-signed certificate for 127.0.0.1 (subject alternative name IP:127.0.0.1, so clients that
 * check the host accept it), made in a test with the JDK's own {@code keytool} into a PKCS#12 store
 * and written out as the PEM files the admin API reads: {@code admin.crt} and {@code admin.key}
 * (PKCS#8). No certificate library is needed; keytool ships with every JDK.
 */
record TestCertificate(Path certificate, Path privateKey) {

    private static final String PASSWORD = "test-store";

    /** Makes the certificate and its key in {@code directory}. */
    static TestCertificate create(Path directory) throws IOException, InterruptedException {
        Path store = directory.resolve("admin.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "admin", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=127.0.0.1", "-ext", "san=ip:127.0.0.1", "-validity", "2",
                "-keystore", store.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD, "-keypass", PASSWORD)
                .redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
            throw new IOException("keytool failed: " + output);
        }
        try (InputStream in = Files.newInputStream(store)) {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(in, PASSWORD.toCharArray());
            Key key = keys.getKey("admin", PASSWORD.toCharArray());
            Certificate certificate = keys.getCertificate("admin");
            return new TestCertificate(
                    Files.writeString(directory.resolve("admin.crt"), pem("CERTIFICATE", certificate.getEncoded())),
                    Files.writeString(directory.resolve("admin.key"), pem("PRIVATE KEY", key.getEncoded())));
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot read keytool's store " + store, e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
