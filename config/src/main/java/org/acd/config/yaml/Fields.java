package org.acd.config.yaml;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One YAML map read field by field: each getter checks the field's type and range and records a
 * problem with the field's path and line rather than throwing, returning a stand-in value so
 * reading goes on. Keys not in {@code allowed} are problems too, with a "did you mean" for a near
 * miss. One reading, one thread.
 */
public final class Fields {

    private final String path;
    private final Problems problems;
    private final YamlNode.Mapping map;

    private Fields(String path, Problems problems, YamlNode.Mapping map) {
        this.path = path;
        this.problems = problems;
        this.map = map;
    }

    /** The fields of {@code node}, or null (with a problem) when it is not a map. */
    public static Fields of(YamlNode node, String path, Problems problems, Set<String> allowed) {
        if (!(node instanceof YamlNode.Mapping map)) {
            problems.add(path, "must be a map, not " + node.kind(), node.line());
            return null;
        }
        for (Map.Entry<String, Integer> key : map.keyLines().entrySet()) {
            if (!allowed.contains(key.getKey())) {
                Optional<String> near = NearestName.of(key.getKey(), allowed);
                problems.add(Problems.child(path, key.getKey()), near.map(name -> "unknown key; did you mean '" + name
                        + "'?").orElse("unknown key; expected one of " + String.join(", ", new TreeSet<>(allowed))),
                        key.getValue());
            }
        }
        return new Fields(path, problems, map);
    }

    public boolean has(String key) {
        return map.entries().containsKey(key);
    }

    public YamlNode node(String key) {
        return map.entries().get(key);
    }

    /** The keys in document order. */
    public Set<String> keys() {
        return map.entries().keySet();
    }

    public String path() {
        return path;
    }

    public String path(String key) {
        return Problems.child(path, key);
    }

    public int line() {
        return map.line();
    }

    /** The line of {@code key}, or of the map when the key is absent. */
    public int line(String key) {
        Integer line = map.keyLines().get(key);
        return line == null ? map.line() : line;
    }

    public Problems problems() {
        return problems;
    }

    public void problem(String key, String message) {
        problems.add(path(key), message, line(key));
    }

    /** The text of a scalar field; null (with a problem when {@code required}) when absent or not a scalar. */
    public String text(String key, boolean required) {
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

    /** A scalar that must not be blank. */
    public String nonBlankText(String key, boolean required) {
        String text = text(key, required);
        if (text != null && text.isBlank()) {
            problem(key, "must not be empty");
            return null;
        }
        return text;
    }

    /** A duration such as 30s or 8h, at least 0; {@code absent} when the field is missing and not required. */
    public long durationMs(String key, boolean required, long absent) {
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
    public long positiveDurationMs(String key, boolean required, long absent) {
        long ms = durationMs(key, required, absent);
        if (has(key) && ms == 0) {
            problem(key, "must be more than 0");
        }
        return ms;
    }

    public double number(String key, boolean required, double absent) {
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

    public long wholeNumber(String key, boolean required, long absent) {
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

    /** A whole number from {@code min} to {@code max}; {@code absent} when missing or out of range. */
    public int wholeNumberIn(String key, boolean required, int absent, int min, int max) {
        long value = wholeNumber(key, required, absent);
        if (has(key) && (value < min || value > max)) {
            problem(key, value + " is outside " + min + " to " + max);
            return absent;
        }
        return (int) value;
    }

    public boolean bool(String key, boolean absent) {
        String text = text(key, false);
        if (text == null) {
            return absent;
        }
        return switch (text) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> {
                problem(key, "'" + text + "' is not true or false");
                yield absent;
            }
        };
    }

    /** The items of a list field; empty (with a problem when required or not a list) otherwise. */
    public List<YamlNode> list(String key, boolean required) {
        YamlNode node = node(key);
        if (node == null) {
            if (required) {
                problems.add(path(key), "missing", map.line());
            }
            return List.of();
        }
        if (!(node instanceof YamlNode.Sequence sequence)) {
            problem(key, "must be a list, not " + node.kind());
            return List.of();
        }
        if (required && sequence.items().isEmpty()) {
            problem(key, "must not be empty");
        }
        return sequence.items();
    }

    /** A map field whose keys are names the file chooses (any key is allowed); null when absent or not a map. */
    public Fields openMap(String key, boolean required) {
        YamlNode node = node(key);
        if (node == null) {
            if (required) {
                problems.add(path(key), "missing", map.line());
            }
            return null;
        }
        if (!(node instanceof YamlNode.Mapping mapping)) {
            problem(key, "must be a map, not " + node.kind());
            return null;
        }
        return new Fields(path(key), problems, mapping);
    }

    /** A map field with a fixed set of keys; null when absent or not a map. */
    public Fields section(String key, boolean required, Set<String> allowed) {
        YamlNode node = node(key);
        if (node == null) {
            if (required) {
                problems.add(path(key), "missing", map.line());
            }
            return null;
        }
        return of(node, path(key), problems, allowed);
    }
}
