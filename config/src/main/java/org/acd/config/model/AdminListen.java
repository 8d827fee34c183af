package org.acd.config.model;

import java.util.Optional;

/** The admin API's socket: where it listens, and the certificate that makes it HTTPS when given. */
public record AdminListen(String bind, int port, Optional<TlsFiles> tls) {
}
