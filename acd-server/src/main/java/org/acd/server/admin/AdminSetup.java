package org.acd.server.admin;

/** What the admin API needs before it starts: where and how it listens, and its token. Immutable. */
public record AdminSetup(AdminSettings settings, AdminToken token) {
}
