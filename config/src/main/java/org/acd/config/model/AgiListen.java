package org.acd.config.model;

import java.util.List;

/**
 * The FastAGI socket: where it listens, which sources may open sessions (Asterisk's addresses) and
 * how many sessions one source may hold open at once.
 */
public record AgiListen(String bind, int port, List<AddressBlock> allow, int maxSessionsPerSource) {

    public AgiListen {
        allow = List.copyOf(allow);
    }
}
