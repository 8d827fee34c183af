package org.acd.telephony.agi;

import io.netty.handler.ipfilter.IpFilterRuleType;
import io.netty.handler.ipfilter.IpSubnetFilterRule;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Objects;

/**
 * The addresses FastAGI sessions may come from: Asterisk's, as single addresses or CIDR blocks.
 * Anyone who can open a session can put calls into queues and answer agents' legs, so the server
 * refuses every other source before reading a byte. Immutable; asked on the event loops.
 */
public final class AgiAllowList {

    private final List<Block> blocks;
    private final List<IpSubnetFilterRule> rules;

    private AgiAllowList(List<Block> blocks) {
        this.blocks = List.copyOf(blocks);
        this.rules = this.blocks.stream()
                .map(block -> new IpSubnetFilterRule(block.address(), block.prefixLength(), IpFilterRuleType.ACCEPT))
                .toList();
    }

    /** Only this machine: 127.0.0.0/8 and ::1. */
    public static AgiAllowList loopback() {
        try {
            byte[] ipv6Loopback = new byte[16];
            ipv6Loopback[15] = 1;
            return of(List.of(new Block(InetAddress.getByAddress(new byte[] {127, 0, 0, 0}), 8),
                    new Block(InetAddress.getByAddress(ipv6Loopback), 128)));
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Sessions from any of {@code blocks}; at least one. */
    public static AgiAllowList of(List<Block> blocks) {
        if (blocks.isEmpty()) {
            throw new IllegalArgumentException("agi.allow: empty; no Asterisk could open a session");
        }
        return new AgiAllowList(blocks);
    }

    public boolean allows(InetSocketAddress source) {
        for (IpSubnetFilterRule rule : rules) {
            if (rule.matches(source)) {
                return true;
            }
        }
        return false;
    }

    public List<Block> blocks() {
        return blocks;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AgiAllowList list && list.blocks.equals(blocks);
    }

    @Override
    public int hashCode() {
        return blocks.hashCode();
    }

    @Override
    public String toString() {
        return blocks.toString();
    }

    /**
     * One address ({@code prefixLength} 32 or 128) or a CIDR block.
     *
     * @param address      an IPv4 or IPv6 address, never a host name (no lookup happens here)
     * @param prefixLength leading bits that must match: 0-32 for IPv4, 0-128 for IPv6
     */
    public record Block(InetAddress address, int prefixLength) {

        public Block {
            Objects.requireNonNull(address, "agi.allow: address required");
            int bits = address instanceof Inet4Address ? 32 : 128;
            if (prefixLength < 0 || prefixLength > bits) {
                throw new IllegalArgumentException("agi.allow: prefix /" + prefixLength + " of "
                        + address.getHostAddress() + " is outside 0 to " + bits);
            }
        }

        @Override
        public String toString() {
            return address.getHostAddress() + "/" + prefixLength;
        }
    }
}
