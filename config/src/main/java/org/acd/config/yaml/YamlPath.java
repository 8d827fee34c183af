package org.acd.config.yaml;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the line of a path such as {@code queues[2].overflow[0].after} in a tree. Stateless. */
public final class YamlPath {

    private static final Pattern SEGMENT = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)]");

    private YamlPath() {
    }

    /** The line of the deepest node of {@code path} that exists, or the root's line. */
    public static int line(YamlNode root, String path) {
        YamlNode node = root;
        int line = root.line();
        Matcher matcher = SEGMENT.matcher(path);
        while (matcher.find() && node != null) {
            if (matcher.group(1) != null && node instanceof YamlNode.Mapping map) {
                Integer keyLine = map.keyLines().get(matcher.group(1));
                node = map.entries().get(matcher.group(1));
                line = keyLine == null ? line : keyLine;
            } else if (matcher.group(2) != null && node instanceof YamlNode.Sequence list
                    && Integer.parseInt(matcher.group(2)) < list.items().size()) {
                node = list.items().get(Integer.parseInt(matcher.group(2)));
                line = node.line();
            } else {
                node = null;
            }
        }
        return line;
    }
}
