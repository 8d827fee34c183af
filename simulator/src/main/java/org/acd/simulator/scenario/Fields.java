package org.acd.simulator.scenario;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One YAML map of a scenario read field by field: each getter checks the field's type and range and
 * records a problem with the field's path and line rather than throwing, returning a stand-in value
 * so reading goes on. Keys not in {@code allowed} are problems too. One reading, one thread.
 */
final class Fields {

    private final String path;
    private final Problems problems;
    private final YamlNode.Mapping map;

    private Fields(String path, Problems problems, YamlNode.Mapping map) {
        this.path = path;
        this.problems = problems;
        this.map = map;
    }

    /** The fields of {@code node}, or null (with a problem) when it is not a map. */
    static Fields of(YamlNode node, String path, Problems problems, Set<String> allowed) {
        if (!(node instanceof YamlNode.Mapping map)) {
            problems.add(path, "must be a map, not " + node.kind(), node.line());
            return null;
        }
        for (Map.Entry<String, Integer> key : map.keyLines().entrySet()) {
            if (!allowed.contains(key.getKey())) {
                problems.add(Problems.child(path, key.getKey()),
                        "unknown key; expected one of " + String.join(", ", new TreeSet<>(allowed)), key.getValue());
            }
        }
        return new Fields(path, problems, map);
    }

    boolean has(String key) {
        return map.entries().containsKey(key);
    }

    YamlNode node(String key) {
        return map.entries().get(key);
    }

    String path(String key) {
        return Problems.child(path, key);
    }

    int line() {
        return map.line();
    }

    void problem(String key, String message) {
        Integer line = map.keyLines().get(key);
        problems.add(path(key), message, line == null ? map.line() : line);
    }

    /** The text of a scalar field; null (with a problem when {@code required}) when absent or not a scalar. */
    String text(String key, boolean required) {
        YamlNode node = node(key);
        if (node == null) {
            if (required) {
                problems.add(path(key), "missing", map.line());
            }
            return null;
        }
        if (!(node instanceof YamlNode.Scalar scalar) || scalar.text() == null) {
            problem(key, "must be a value, not " + (node instanceof YamlNode.Scalar ? "empty" : node.kind()));
            return null;
        }
        return scalar.text();
    }

    /** A duration such as 30s or 8h, at least 0; {@code absent} when the field is missing and not required. */
    long durationMs(String key, boolean required, long absent) {
        String text = text(key, required);
        if (text == null) {
            return absent;
        }
        long ms = DurationText.parseMs(text);
        if (ms < 0) {
            problem(key, "'" + text + "' is not a duration; write it like 250ms, 30s, 5m or 8h");
            return absent;
        }
        return ms;
    }

    /** A duration above 0. */
    long positiveDurationMs(String key, boolean required, long absent) {
        long ms = durationMs(key, required, absent);
        if (has(key) && ms == 0) {
            problem(key, "must be more than 0");
        }
        return ms;
    }

    double number(String key, boolean required, double absent) {
        String text = text(key, required);
        if (text == null) {
            return absent;
        }
        try {
            double value = Double.parseDouble(text.trim());
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problem(key, "'" + text + "' is not a number");
        return absent;
    }

    long wholeNumber(String key, boolean required, long absent) {
        String text = text(key, required);
        if (text == null) {
            return absent;
        }
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            problem(key, "'" + text + "' is not a whole number");
            return absent;
        }
    }
}
