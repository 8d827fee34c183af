package org.acd.server.admin;

import io.netty.handler.ssl.SslContext;
import java.util.Optional;

/**
 * What the admin API needs before it starts: where and how it listens, its token, its TLS context
 * when it serves HTTPS, what the web wallboard colours against, and the configuration file the
 * server was started from, which {@code POST /api/config/reload} reads again (none: the endpoint
 * answers 409). Immutable.
 */
public record AdminSetup(AdminSettings settings, AdminToken token, Optional<SslContext> tls,
                         WallboardSettings wallboard, Optional<StartedFrom> startedFrom) {

    /** Plain HTTP, with the wallboard's defaults. */
    public AdminSetup(AdminSettings settings, AdminToken token) {
        this(settings, token, Optional.empty());
    }

    /** With the wallboard's defaults. */
    public AdminSetup(AdminSettings settings, AdminToken token, Optional<SslContext> tls) {
        this(settings, token, tls, WallboardSettings.defaults(), Optional.empty());
    }

    /** The same, with the wallboard colouring and counting "today" as {@code wallboard} says. */
    public AdminSetup withWallboard(WallboardSettings wallboard) {
        return new AdminSetup(settings, token, tls, wallboard, startedFrom);
    }

    /** The same, reloading the configuration from the file the server was started from when asked. */
    public AdminSetup withStartedFrom(StartedFrom file) {
        return new AdminSetup(settings, token, tls, wallboard, Optional.of(file));
    }
}
