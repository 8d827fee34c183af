package org.acd.telephony.agi;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The environment block Asterisk sends at the start of a FastAGI session ({@code agi_channel},
 * {@code agi_uniqueid}, {@code agi_network_script} ...), with the script name and its query
 * parameters split out. Immutable; built by {@link AgiEnvironmentParser}.
 */
public record AgiRequest(Map<String, String> environment, String script, Map<String, String> parameters) {

    public AgiRequest {
        environment = Map.copyOf(environment);
        parameters = Map.copyOf(parameters);
    }

    /** Splits {@code agi_network_script}, e.g. {@code agent-feature?action=login}, into name and parameters. */
    static AgiRequest of(Map<String, String> environment) {
        String networkScript = environment.getOrDefault("agi_network_script", "");
        int query = networkScript.indexOf('?');
        String script = query < 0 ? networkScript : networkScript.substring(0, query);
        Map<String, String> parameters = new HashMap<>();
        if (query >= 0) {
            for (String pair : networkScript.substring(query + 1).split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    parameters.put(decode(pair.substring(0, equals)), decode(pair.substring(equals + 1)));
                }
            }
        }
        return new AgiRequest(environment, script, parameters);
    }

    public String channel() {
        return environment.getOrDefault("agi_channel", "");
    }

    public String uniqueId() {
        return environment.getOrDefault("agi_uniqueid", "");
    }

    /** The caller's number, or empty when Asterisk reports none ({@code unknown}). */
    public String callerNumber() {
        String number = environment.getOrDefault("agi_callerid", "");
        return "unknown".equals(number) ? "" : number;
    }

    public String extension() {
        return environment.getOrDefault("agi_extension", "");
    }

    public String parameter(String name) {
        return parameters.get(name);
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new MalformedAgiException("agi_network_script parameter is not URL-encoded: " + Printable.of(text));
        }
    }
}
