package org.acd.simulator.emulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One AMI block: {@code Key: Value} lines in wire order (an action, a response or an event). Keys
 * are looked up case-insensitively, as Asterisk does: Asterisk-Java writes them in lower case.
 * Immutable.
 */
public record AmiMessage(List<Map.Entry<String, String>> fields) {

    public AmiMessage {
        fields = List.copyOf(fields);
    }

    /** A message of alternating keys and values: {@code of("Response", "Success", "Message", "ok")}. */
    public static AmiMessage of(String... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("AMI message needs a value for every key");
        }
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            fields.add(Map.entry(keysAndValues[i], keysAndValues[i + 1]));
        }
        return new AmiMessage(fields);
    }

    /** The first value of {@code key}, or null. */
    public String get(String key) {
        for (Map.Entry<String, String> field : fields) {
            if (field.getKey().equalsIgnoreCase(key)) {
                return field.getValue();
            }
        }
        return null;
    }

    /** The value of {@code key}, or {@code fallback} when absent. */
    public String getOrDefault(String key, String fallback) {
        String value = get(key);
        return value == null ? fallback : value;
    }

    /** The action's name in lower case, or empty when this is not an action. */
    public String action() {
        return getOrDefault("Action", "").toLowerCase(Locale.ROOT);
    }

    /** This message with {@code key: value} appended, unless {@code value} is null. */
    public AmiMessage with(String key, String value) {
        if (value == null) {
            return this;
        }
        List<Map.Entry<String, String>> more = new ArrayList<>(fields);
        more.add(Map.entry(key, value));
        return new AmiMessage(more);
    }
}
