package org.acd.simulator.emulator;

import java.net.InetSocketAddress;

/**
 * What Asterisk tells a FastAGI server about the channel at the start of a session, as
 * {@code agi_name: value} lines ended by an empty line.
 *
 * @param script     the path of the {@code agi://} URL, e.g. {@code inbound}
 * @param channel    e.g. {@code PJSIP/trunk-00000001}
 * @param uniqueId   the channel's unique id
 * @param callerId   the caller's number, or {@code unknown}
 * @param context    the dialplan context running the AGI
 * @param extension  the extension dialled
 */
record AgiEnvironment(String script, String channel, String uniqueId, String callerId, String context,
                      String extension) {

    /** The script without its query: {@code agent-feature} for {@code agent-feature?action=ready}. */
    String scriptName() {
        int query = script.indexOf('?');
        return query < 0 ? script : script.substring(0, query);
    }

    String block(InetSocketAddress server) {
        int slash = channel.indexOf('/');
        return "agi_network: yes\n"
                + "agi_network_script: " + script + "\n"
                + "agi_request: agi://" + server.getHostString() + ":" + server.getPort() + "/" + script + "\n"
                + "agi_channel: " + channel + "\n"
                + "agi_language: en\n"
                + "agi_type: " + (slash < 0 ? channel : channel.substring(0, slash)) + "\n"
                + "agi_uniqueid: " + uniqueId + "\n"
                + "agi_version: " + AmiSessionHandler.ASTERISK_VERSION + "\n"
                + "agi_callerid: " + callerId + "\n"
                + "agi_calleridname: unknown\n"
                + "agi_callingpres: 0\n"
                + "agi_callingani2: 0\n"
                + "agi_callington: 0\n"
                + "agi_callingtns: 0\n"
                + "agi_dnid: " + extension + "\n"
                + "agi_rdnis: unknown\n"
                + "agi_context: " + context + "\n"
                + "agi_extension: " + extension + "\n"
                + "agi_priority: 1\n"
                + "agi_enhanced: 0.0\n"
                + "agi_accountcode: \n"
                + "agi_threadid: " + Thread.currentThread().getId() + "\n"
                + "\n";
    }
}
