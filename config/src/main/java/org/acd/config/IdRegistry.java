package org.acd.config;

import java.util.HashMap;
import java.util.Map;
import org.acd.config.yaml.Fields;

/** Reports an id given twice in one list, naming where it was first. One list, one thread. */
final class IdRegistry {

    private final Map<String, String> firstPath = new HashMap<>();

    /** The required, non-blank {@code id} of an item; null (with a problem) when missing or a duplicate. */
    String register(Fields item) {
        String id = item.nonBlankText("id", true);
        if (id == null) {
            return null;
        }
        String first = firstPath.putIfAbsent(id, item.path());
        if (first != null) {
            item.problem("id", "'" + id + "' is defined twice (first at " + first + ")");
            return null;
        }
        return id;
    }
}
