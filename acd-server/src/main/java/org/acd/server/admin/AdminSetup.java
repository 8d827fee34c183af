package org.acd.server.admin;

/**
 * What the admin API needs before it starts: where and how it listens, its token, and what the web
 * wallboard colours against. Immutable.
 */
public record AdminSetup(AdminSettings settings, AdminToken token, WallboardSettings wallboard) {

    /** With the wallboard's defaults. */
    public AdminSetup(AdminSettings settings, AdminToken token) {
        this(settings, token, WallboardSettings.defaults());
    }

    /** The same, with the wallboard colouring and counting "today" as {@code wallboard} says. */
    public AdminSetup withWallboard(WallboardSettings wallboard) {
        return new AdminSetup(settings, token, wallboard);
    }
}
