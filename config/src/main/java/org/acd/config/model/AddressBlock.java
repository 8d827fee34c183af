package org.acd.config.model;

import java.net.InetAddress;

/**
 * An IP address or CIDR block, e.g. {@code 10.0.0.5} (a /32) or {@code 10.0.0.0/24}; written in the
 * file as text, never a host name, so reading it needs no name lookup.
 */
public record AddressBlock(InetAddress address, int prefixLength) {

    @Override
    public String toString() {
        return address.getHostAddress() + "/" + prefixLength;
    }
}
