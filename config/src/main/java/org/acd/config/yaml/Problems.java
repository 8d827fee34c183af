package org.acd.config.yaml;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems found in a YAML file, each as {@code path: what is wrong (line N)}, collected so
 * that one reading reports them all. One reading, one thread.
 */
public final class Problems {

    private final List<String> messages = new ArrayList<>();

    public void add(String path, String message, int line) {
        String where = path.isEmpty() ? "" : path + ": ";
        String at = line > 0 ? " (line " + line + ")" : "";
        messages.add(where + message + at);
    }

    public boolean isEmpty() {
        return messages.isEmpty();
    }

    public List<String> messages() {
        return List.copyOf(messages);
    }

    public static String child(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
