package org.acd.config.model;

/** Where a server socket listens: an address to bind and a TCP port (0 picks a free one). */
public record ListenAddress(String bind, int port) {
}
