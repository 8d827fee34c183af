package org.acd.config.model;

/** The server's own sockets: FastAGI for Asterisk's calls, and the admin API with /metrics. */
public record ServerSettings(ListenAddress agi, ListenAddress admin) {

    public static final ServerSettings DEFAULTS =
            new ServerSettings(new ListenAddress("127.0.0.1", 4573), new ListenAddress("127.0.0.1", 8089));
}
