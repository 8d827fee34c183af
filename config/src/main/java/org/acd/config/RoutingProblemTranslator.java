package org.acd.config;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acd.config.yaml.Problems;
import org.acd.config.yaml.YamlNode;
import org.acd.config.yaml.YamlPath;

/**
 * Turns the routing engine's own validation messages ({@code queues[orders].maxWait: ...}, ids in
 * brackets and Java field names) into the file's terms: list indexes, YAML keys and the line.
 * Stateless.
 */
final class RoutingProblemTranslator {

    private static final Pattern LOCATED = Pattern.compile("^(tiers|queues|agents)\\[([^\\]]+)]([^:]*): (.*)$");
    private static final Pattern CAMEL = Pattern.compile("([a-z])([A-Z])");
    private static final Map<String, String> KEYS = Map.of("onFull/whenNoAgents", "on_full/when_no_agents");

    private RoutingProblemTranslator() {
    }

    static void translate(List<String> messages, YamlNode root, Map<String, List<String>> idsBySection,
                          Problems problems) {
        for (String message : messages) {
            Matcher located = LOCATED.matcher(message);
            if (!located.matches()) {
                int colon = message.indexOf(": ");
                String path = colon < 0 ? "" : message.substring(0, colon);
                problems.add(path, colon < 0 ? message : message.substring(colon + 2), YamlPath.line(root, path));
                continue;
            }
            int index = idsBySection.getOrDefault(located.group(1), List.of()).indexOf(located.group(2));
            String path = located.group(1) + "[" + index + "]" + snakeCase(located.group(3));
            problems.add(path, snakeCase(located.group(4)), YamlPath.line(root, path));
        }
    }

    private static String snakeCase(String text) {
        String renamed = text;
        for (Map.Entry<String, String> key : KEYS.entrySet()) {
            renamed = renamed.replace(key.getKey(), key.getValue());
        }
        return CAMEL.matcher(renamed).replaceAll(match -> match.group(1) + "_" + match.group(2).toLowerCase(Locale.ROOT));
    }
}
