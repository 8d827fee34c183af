package org.acd.config.model;

import java.nio.file.Path;

/** A server's TLS identity as PEM files: the certificate (chain) and its PKCS#8 private key. */
public record TlsFiles(Path certificate, Path privateKey) {
}
