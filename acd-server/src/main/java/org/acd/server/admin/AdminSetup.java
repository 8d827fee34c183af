package org.acd.server.admin;

import io.netty.handler.ssl.SslContext;
import java.util.Optional;

/**
 * What the admin API needs before it starts: where and how it listens, its token, and its TLS
 * context when it serves HTTPS. Immutable.
 */
public record AdminSetup(AdminSettings settings, AdminToken token, Optional<SslContext> tls) {

    /** Plain HTTP. */
    public AdminSetup(AdminSettings settings, AdminToken token) {
        this(settings, token, Optional.empty());
    }
}
