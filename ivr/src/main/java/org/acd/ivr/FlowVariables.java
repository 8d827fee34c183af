package org.acd.ivr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One call's flow variables (the caller's number and directory data, keyed digits, lookup results,
 * set nodes' values) and the {@code ${name}} substitution prompts and set values use. Touched by one
 * step of one run at a time; not thread-safe.
 */
final class FlowVariables {

    static final String CALLER_NUMBER = "caller_number";
    static final String TIER = "tier";
    static final String LANGUAGE = "language";
    static final String SEGMENT = "segment";
    static final String ACCOUNT = "account";
    static final String CUSTOMER_NAME = "customer_name";
    static final String ORDER_NUMBER = "order.number";
    static final String ORDER_STATUS = "order.status";

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^}]*)}");

    private final Map<String, String> values = new LinkedHashMap<>();

    FlowVariables(Map<String, String> initial) {
        values.putAll(initial);
    }

    Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    void put(String name, String value) {
        values.put(name, value);
    }

    Map<String, String> snapshot() {
        return Map.copyOf(values);
    }

    /** {@code template} with every {@code ${name}} replaced by its value, or the names that have none. */
    Expansion expand(String template) {
        Matcher matcher = REFERENCE.matcher(template);
        StringBuilder text = new StringBuilder();
        List<String> missing = new ArrayList<>();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null || value.isEmpty()) {
                missing.add(matcher.group(1));
                matcher.appendReplacement(text, "");
            } else {
                matcher.appendReplacement(text, Matcher.quoteReplacement(value));
            }
        }
        matcher.appendTail(text);
        return new Expansion(text.toString(), List.copyOf(missing));
    }

    /** A substituted text, usable only when no variable was {@code missing}. */
    record Expansion(String text, List<String> missing) {

        boolean complete() {
            return missing.isEmpty();
        }
    }
}
