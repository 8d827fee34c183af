package org.acd.config.model;

/** Asterisk's manager interface: address, the manager.conf user and where its secret is. */
public record AmiConnection(String host, int port, String username, AmiSecret secret) {
}
