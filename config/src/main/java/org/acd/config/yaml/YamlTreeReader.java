package org.acd.config.yaml;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML text into a {@link YamlNode} tree with Jackson's streaming YAML parser, keeping each
 * node's line. A duplicate key is a problem, reported with its line; malformed YAML is one problem
 * naming the line where the parser stopped. Stateless; any thread.
 */
public final class YamlTreeReader {

    private static final YAMLFactory YAML = YAMLFactory.builder().build();

    private YamlTreeReader() {
    }

    /** The document's root node, or null when the text is not YAML (the reason is in {@code problems}). */
    public static YamlNode read(String text, Problems problems) {
        try (JsonParser parser = YAML.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.add("", "the file is empty", 1);
                return null;
            }
            return node(parser, problems, "");
        } catch (JsonProcessingException e) {
            reportMalformed(e, problems);
            return null;
        } catch (IOException e) {
            problems.add("", "could not be read: " + e.getMessage(), 0);
            return null;
        }
    }

    /** SnakeYAML's context and problem, on one line, at the line where it stopped reading. */
    private static void reportMalformed(JsonProcessingException e, Problems problems) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
                String context = marked.getContext() == null ? "" : marked.getContext() + ", ";
                problems.add("", "not valid YAML: " + context + marked.getProblem(),
                        marked.getProblemMark().getLine() + 1);
                return;
            }
        }
        problems.add("", "not valid YAML: " + e.getOriginalMessage().lines().findFirst().orElse(""),
                e.getLocation() == null ? 0 : e.getLocation().getLineNr());
    }

    private static YamlNode node(JsonParser parser, Problems problems, String path) throws IOException {
        int line = parser.currentTokenLocation().getLineNr();
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            Map<String, YamlNode> entries = new LinkedHashMap<>();
            Map<String, Integer> keyLines = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                int keyLine = parser.currentTokenLocation().getLineNr();
                parser.nextToken();
                String keyPath = Problems.child(path, key);
                YamlNode value = node(parser, problems, keyPath);
                if (entries.containsKey(key)) {
                    problems.add(keyPath, "given twice (first on line " + keyLines.get(key) + ")", keyLine);
                } else {
                    entries.put(key, value);
                    keyLines.put(key, keyLine);
                }
            }
            return new YamlNode.Mapping(entries, keyLines, line);
        }
        if (token == JsonToken.START_ARRAY) {
            List<YamlNode> items = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                items.add(node(parser, problems, path + "[" + items.size() + "]"));
            }
            return new YamlNode.Sequence(items, line);
        }
        return new YamlNode.Scalar(token == JsonToken.VALUE_NULL ? null : parser.getText(), line);
    }
}
