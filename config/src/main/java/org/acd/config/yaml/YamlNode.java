package org.acd.config.yaml;

import java.util.List;
import java.util.Map;

/**
 * A YAML document as a tree that remembers the line of every node, so that a problem found while
 * reading it can say where it is. Immutable.
 */
public sealed interface YamlNode {

    /** 1-based line where the node starts. */
    int line();

    /** What the node is, for messages: "a map", "a list" or "a value". */
    String kind();

    record Scalar(String text, int line) implements YamlNode {
        @Override
        public String kind() {
            return "a value";
        }
    }

    record Sequence(List<YamlNode> items, int line) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String kind() {
            return "a list";
        }
    }

    /** Keys in document order; each entry keeps the line of its key. */
    record Mapping(Map<String, YamlNode> entries, Map<String, Integer> keyLines, int line) implements YamlNode {
        @Override
        public String kind() {
            return "a map";
        }
    }
}
