package org.acd.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.acd.config.model.AddressBlock;
import org.acd.config.yaml.Problems;
import org.acd.config.yaml.Scalars;
import org.acd.config.yaml.YamlNode;

/**
 * Reads a list of IP addresses and CIDR blocks ({@code 10.0.0.5}, {@code 10.0.0.0/24},
 * {@code fd00::/8}). Host names are refused rather than looked up: an allow-list that depends on
 * DNS at start is one a forged DNS answer can widen. Stateless.
 */
final class AddressBlockReader {

    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
    private static final Pattern PREFIX = Pattern.compile("\\d{1,3}");

    private AddressBlockReader() {
    }

    /** The blocks of {@code items}, each problem reported at {@code path[i]}. */
    static List<AddressBlock> read(List<YamlNode> items, String path, Problems problems) {
        List<AddressBlock> blocks = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            YamlNode item = items.get(i);
            String itemPath = path + "[" + i + "]";
            Optional<String> text = Scalars.text(item).map(String::strip).filter(value -> !value.isEmpty());
            if (text.isEmpty()) {
                problems.add(itemPath, "an address is a value like 10.0.0.5 or 10.0.0.0/24, not " + item.kind(),
                        item.line());
                continue;
            }
            String problem = parse(text.get(), blocks);
            if (problem != null) {
                problems.add(itemPath, problem, item.line());
            }
        }
        return blocks;
    }

    /** Adds the block {@code text} names to {@code blocks}, or says what is wrong with it. */
    private static String parse(String text, List<AddressBlock> blocks) {
        int slash = text.indexOf('/');
        String addressText = slash < 0 ? text : text.substring(0, slash);
        InetAddress address = literal(addressText);
        if (address == null) {
            return "'" + text + "' is not an IP address or CIDR block; write it like 10.0.0.5 or 10.0.0.0/24"
                    + " (host names are not looked up)";
        }
        int bits = address.getAddress().length * 8;
        if (slash < 0) {
            blocks.add(new AddressBlock(address, bits));
            return null;
        }
        String prefixText = text.substring(slash + 1);
        int prefix = PREFIX.matcher(prefixText).matches() ? Integer.parseInt(prefixText) : -1;
        if (prefix < 0 || prefix > bits) {
            return "'" + text + "': the prefix must be a number from 0 to " + bits;
        }
        InetAddress network = network(address, prefix);
        if (!network.equals(address)) {
            return "'" + text + "' has bits set after its /" + prefix + " prefix; did you mean "
                    + network.getHostAddress() + "/" + prefix + "?";
        }
        blocks.add(new AddressBlock(address, prefix));
        return null;
    }

    /** The address {@code text} writes out, or null; never a name lookup. */
    private static InetAddress literal(String text) {
        try {
            if (IPV4.matcher(text).matches()) {
                return InetAddress.getByName(text);
            }
            if (IPV6.matcher(text).matches()) {
                return InetAddress.getByName("[" + text + "]");
            }
        } catch (UnknownHostException notAnAddress) {
            return null;
        }
        return null;
    }

    private static InetAddress network(InetAddress address, int prefix) {
        byte[] raw = address.getAddress();
        for (int i = 0; i < raw.length; i++) {
            int kept = Math.max(0, Math.min(8, prefix - 8 * i));
            raw[i] &= (byte) (0xFF << (8 - kept));
        }
        try {
            return InetAddress.getByAddress(raw);
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
