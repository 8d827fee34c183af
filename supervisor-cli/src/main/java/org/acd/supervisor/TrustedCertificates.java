package org.acd.supervisor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The TLS trust of {@code acdctl --cacert FILE}: the PEM certificates in the file (the admin API's
 * self-signed certificate, or the CA that signed it) and nothing else, so an https URL is trusted
 * for exactly the server the operator named. Used once, on the main thread.
 */
final class TrustedCertificates {

    private TrustedCertificates() {
    }

    /** An SSL context that trusts the certificates in {@code pemFile}; a usage error naming the file otherwise. */
    static SSLContext from(Path pemFile) {
        Collection<? extends Certificate> certificates;
        try (InputStream in = Files.newInputStream(pemFile)) {
            certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
        } catch (NoSuchFileException e) {
            throw usage(pemFile, "not found");
        } catch (IOException e) {
            throw usage(pemFile, "cannot be read (" + e.getClass().getSimpleName() + ")");
        } catch (GeneralSecurityException e) {
            throw usage(pemFile, "is not a PEM certificate (" + e.getMessage() + ")");
        }
        if (certificates.isEmpty()) {
            throw usage(pemFile, "holds no PEM certificate");
        }
        try {
            KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
            trusted.load(null, null);
            int alias = 0;
            for (Certificate certificate : certificates) {
                trusted.setCertificateEntry("cacert-" + alias++, certificate);
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw usage(pemFile, "cannot be trusted (" + e.getMessage() + ")");
        }
    }

    private static AcdCtlException usage(Path pemFile, String problem) {
        return new AcdCtlException(ExitCodes.USAGE, "--cacert " + pemFile + ": " + problem);
    }
}
