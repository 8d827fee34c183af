package org.acd.simulator.lab;

import java.util.Map;

/**
 * The Asterisk lab's ports as scripts/asterisk-lab sets them: its environment variables, else the
 * script's defaults, so that a second lab (its own {@code ACD_LAB_DIR} and ports) can run beside the
 * default one and the Java side still dials and listens where that lab expects. The agents' feature
 * code calls go from ten ports above their phones' (5080 + N with the default ports), and the SIPp
 * phones' media ports follow their SIP ports (6000, 6100 and 6200 with the default ports), away
 * from the lab's own RTP range. Immutable.
 *
 * @param sip       Asterisk's PJSIP UDP port ({@code ACD_SIP_PORT})
 * @param ami       Asterisk's manager port ({@code ACD_AMI_PORT})
 * @param agi       the ACD's FastAGI port the lab's dialplan calls ({@code ACD_AGI_PORT})
 * @param agentBase agent N's phone listens on this + N ({@code ACD_AGENT_BASE_PORT})
 * @param trunkBase trunk callers send from this .. this + 9 ({@code ACD_TRUNK_BASE_PORT})
 */
public record LabPorts(int sip, int ami, int agi, int agentBase, int trunkBase) {

    /** The script's defaults. */
    public static final LabPorts DEFAULTS = new LabPorts(5060, 5038, 4573, 5070, 5090);
    private static final int TRUNK_MEDIA_OFFSET = 6000 - 5090;
    private static final int AGENT_MEDIA_OFFSET = 6100 - 5070;
    private static final int FEATURE_CODE_OFFSET = 5080 - 5070;
    private static final int FEATURE_CODE_MEDIA_OFFSET = 6200 - 5070;

    /** The ports {@code environment} sets, each one it leaves out at its default. */
    public static LabPorts of(Map<String, String> environment) {
        return new LabPorts(port(environment, "ACD_SIP_PORT", DEFAULTS.sip),
                port(environment, "ACD_AMI_PORT", DEFAULTS.ami),
                port(environment, "ACD_AGI_PORT", DEFAULTS.agi),
                port(environment, "ACD_AGENT_BASE_PORT", DEFAULTS.agentBase),
                port(environment, "ACD_TRUNK_BASE_PORT", DEFAULTS.trunkBase));
    }

    /** The lab's SIP address, as SIPp takes it. */
    public String sipServer() {
        return "127.0.0.1:" + sip;
    }

    /** The first media port of the SIPp trunk callers; caller {@code i} uses ten from base + 10 i. */
    public int trunkMediaBase() {
        return trunkBase + TRUNK_MEDIA_OFFSET;
    }

    /** The first media port of the SIPp agent phones; agent {@code n} uses ten from base + 10 n. */
    public int agentMediaBase() {
        return agentBase + AGENT_MEDIA_OFFSET;
    }

    /** Agent N dials its feature codes from this + N (Asterisk knows it by the From user). */
    public int featureCodeBase() {
        return agentBase + FEATURE_CODE_OFFSET;
    }

    /** The first media port of the agents' feature code calls; agent {@code n} uses ten from base + 10 n. */
    public int featureCodeMediaBase() {
        return agentBase + FEATURE_CODE_MEDIA_OFFSET;
    }

    private static int port(Map<String, String> environment, String variable, int fallback) {
        String value = environment.get(variable);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(value.strip());
            if (port < 1 || port > 65_535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(variable + "=" + value + ": not a port number (1-65535)");
        }
    }
}
