package org.acd.server.admin;

import io.netty.handler.ssl.SslContext;
import java.util.Optional;

/**
 * What the admin API needs before it starts: where and how it listens, its token, its TLS context
 * when it serves HTTPS, and what the web wallboard colours against. Immutable.
 */
public record AdminSetup(AdminSettings settings, AdminToken token, Optional<SslContext> tls,
                         WallboardSettings wallboard) {

    /** Plain HTTP, with the wallboard's defaults. */
    public AdminSetup(AdminSettings settings, AdminToken token) {
        this(settings, token, Optional.empty());
    }

    /** With the wallboard's defaults. */
    public AdminSetup(AdminSettings settings, AdminToken token, Optional<SslContext> tls) {
        this(settings, token, tls, WallboardSettings.defaults());
    }

    /** The same, with the wallboard colouring and counting "today" as {@code wallboard} says. */
    public AdminSetup withWallboard(WallboardSettings wallboard) {
        return new AdminSetup(settings, token, tls, wallboard);
    }
}
