package org.acd.config;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The node types an IVR flow may use, each with the keys it takes besides {@code type}. */
enum FlowNodeType {
    PLAY("prompts", "next"),
    SAY("what", "value", "next"),
    MENU("prompt", "options", "timeout", "retries", "fallback"),
    COLLECT("prompt", "into", "min_length", "max_length", "terminator", "pattern", "retries", "next", "fallback"),
    LOOKUP("source", "key", "next", "not_found", "on_error"),
    BRANCH("on", "queue", "variable", "cases", "default"),
    SET("variables", "skills", "priority", "next"),
    QUEUE("queue", "priority", "callback_offer"),
    CALLBACK("prompt", "confirm_number", "next"),
    VOICEMAIL("mailbox", "prompt"),
    TRANSFER("target"),
    HANGUP("prompt");

    private final Set<String> keys;

    FlowNodeType(String... keys) {
        this.keys = new HashSet<>(Arrays.asList(keys));
        this.keys.add("type");
    }

    Set<String> keys() {
        return keys;
    }

    String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<FlowNodeType> of(String name) {
        return Arrays.stream(values()).filter(type -> type.yamlName().equals(name)).findFirst();
    }

    static List<String> yamlNames() {
        return Arrays.stream(values()).map(FlowNodeType::yamlName).toList();
    }
}
