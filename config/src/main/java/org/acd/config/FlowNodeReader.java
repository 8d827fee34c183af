package org.acd.config;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.acd.config.ivr.BranchSubject;
import org.acd.config.ivr.CallbackOffer;
import org.acd.config.ivr.FlowNode;
import org.acd.config.ivr.LookupSource;
import org.acd.config.ivr.SayFormat;
import org.acd.config.yaml.DurationText;
import org.acd.config.yaml.Fields;
import org.acd.config.yaml.Scalars;
import org.acd.config.yaml.YamlNode;
import org.acd.core.model.SkillRequirement;

/**
 * Reads one IVR node by its {@code type}; every target must name a node of the same flow, queues and
 * tiers must exist, prompts must not be empty, and must be sound files when a sounds directory is set.
 * Returns null when the node cannot be built. Stateless.
 */
final class FlowNodeReader {

    private static final Set<String> CALLBACK_OFFER_KEYS = Set.of("flow", "when_wait_over");
    private static final long DEFAULT_MENU_TIMEOUT_MS = 5_000;
    private static final int DEFAULT_RETRIES = 2;

    private final FlowContext context;

    FlowNodeReader(FlowContext context) {
        this.context = context;
    }

    FlowNode read(Fields node, FlowNodeType type) {
        return switch (type) {
            case PLAY -> new FlowNode.Play(prompts(node), target(node, "next"));
            case SAY -> new FlowNode.Say(choice(node, "what", SayFormat.class), node.nonBlankText("value", true),
                    target(node, "next"));
            case MENU -> menu(node);
            case COLLECT -> collect(node);
            case LOOKUP -> lookup(node);
            case BRANCH -> branch(node);
            case SET -> set(node);
            case QUEUE -> queue(node);
            case CALLBACK -> new FlowNode.Callback(prompt(node, "prompt", true), node.bool("confirm_number", true),
                    target(node, "next"));
            case VOICEMAIL -> new FlowNode.Voicemail(node.nonBlankText("mailbox", true),
                    Optional.ofNullable(prompt(node, "prompt", false)));
            case TRANSFER -> new FlowNode.Transfer(node.nonBlankText("target", true));
            case HANGUP -> new FlowNode.Hangup(Optional.ofNullable(prompt(node, "prompt", false)));
        };
    }

    private FlowNode menu(Fields node) {
        String prompt = prompt(node, "prompt", true);
        Map<String, String> options = new LinkedHashMap<>();
        Fields map = node.openMap("options", true);
        if (map != null && map.keys().isEmpty()) {
            node.problem("options", "a menu needs at least one option");
        }
        if (map != null) {
            for (String digit : map.keys()) {
                if (!digit.matches("[0-9*#]")) {
                    map.problem(digit, "'" + digit + "' is not one key (0-9, * or #)");
                }
                String target = target(map, digit);
                if (target != null) {
                    options.put(digit, target);
                }
            }
        }
        long timeoutMs = node.positiveDurationMs("timeout", false, DEFAULT_MENU_TIMEOUT_MS);
        int retries = node.wholeNumberIn("retries", false, DEFAULT_RETRIES, 0, 10);
        return new FlowNode.Menu(prompt, options, timeoutMs, retries, target(node, "fallback"));
    }

    private FlowNode collect(Fields node) {
        String prompt = prompt(node, "prompt", true);
        String variable = node.nonBlankText("into", true);
        int min = node.wholeNumberIn("min_length", false, 1, 1, 64);
        int max = node.wholeNumberIn("max_length", false, 64, 1, 64);
        if (max < min) {
            node.problem("max_length", "must not be less than min_length (" + min + ")");
        }
        Optional<String> terminator = Optional.ofNullable(node.text("terminator", false));
        terminator.filter(key -> !key.matches("[*#]"))
                .ifPresent(key -> node.problem("terminator", "'" + key + "' is not * or #"));
        Optional<String> pattern = Optional.ofNullable(node.text("pattern", false));
        pattern.ifPresent(regex -> {
            try {
                Pattern.compile(regex);
            } catch (PatternSyntaxException e) {
                node.problem("pattern", "'" + regex + "' is not a regular expression: " + e.getDescription());
            }
        });
        int retries = node.wholeNumberIn("retries", false, DEFAULT_RETRIES, 0, 10);
        return new FlowNode.Collect(prompt, variable, min, max, terminator, pattern, retries, target(node, "next"),
                target(node, "fallback"));
    }

    private FlowNode lookup(Fields node) {
        LookupSource source = choice(node, "source", LookupSource.class);
        Optional<String> key = Optional.ofNullable(node.nonBlankText("key", source != null
                && source != LookupSource.CALLER_ID));
        return new FlowNode.Lookup(source, key, target(node, "next"), target(node, "not_found"),
                target(node, "on_error"));
    }

    private FlowNode branch(Fields node) {
        BranchSubject.Kind kind = choice(node, "on", BranchSubject.Kind.class);
        boolean needsQueue = kind == BranchSubject.Kind.AGENTS_AVAILABLE || kind == BranchSubject.Kind.WAIT_ESTIMATE;
        String queue = node.nonBlankText("queue", needsQueue);
        if (queue != null) {
            context.queues().check(node, "queue", queue);
        }
        String variable = node.nonBlankText("variable", kind == BranchSubject.Kind.VARIABLE);
        Map<String, String> cases = new LinkedHashMap<>();
        Fields map = node.openMap("cases", true);
        if (map != null && map.keys().isEmpty()) {
            node.problem("cases", "a branch needs at least one case");
        }
        if (map != null) {
            for (String value : map.keys()) {
                checkCase(map, value, kind);
                String target = target(map, value);
                if (target != null) {
                    cases.put(value, target);
                }
            }
        }
        Optional<String> otherwise = node.has("default") ? Optional.ofNullable(target(node, "default"))
                : Optional.empty();
        return new FlowNode.Branch(new BranchSubject(kind, Optional.ofNullable(queue), Optional.ofNullable(variable)),
                cases, otherwise);
    }

    private void checkCase(Fields cases, String value, BranchSubject.Kind kind) {
        if (kind == BranchSubject.Kind.TIER) {
            context.tiers().check(value, cases.path(value), cases.line(value), cases.problems());
        } else if (kind == BranchSubject.Kind.BUSINESS_HOURS && !List.of("open", "closed").contains(value)) {
            cases.problem(value, "business_hours is open or closed");
        } else if (kind == BranchSubject.Kind.AGENTS_AVAILABLE && !List.of("yes", "no").contains(value)) {
            cases.problem(value, "agents_available is yes or no");
        } else if (kind == BranchSubject.Kind.WAIT_ESTIMATE
                && DurationText.parseMs(value) < 0) {
            cases.problem(value, "a wait_estimate case is the least wait it takes, like 2m");
        }
    }

    private FlowNode set(Fields node) {
        Map<String, String> variables = new LinkedHashMap<>();
        Fields map = node.openMap("variables", false);
        if (map != null) {
            for (String name : map.keys()) {
                String value = map.text(name, true);
                if (value != null) {
                    variables.put(name, value);
                }
            }
        }
        Map<String, Integer> skills = new LinkedHashMap<>();
        Fields levels = node.openMap("skills", false);
        if (levels != null) {
            for (String skill : levels.keys()) {
                int min = levels.wholeNumberIn(skill, true, 1, SkillRequirement.MIN_PROFICIENCY,
                        SkillRequirement.MAX_PROFICIENCY);
                if (context.skills().check(levels, skill, skill)) {
                    skills.put(skill, min);
                }
            }
        }
        int priority = (int) node.wholeNumber("priority", false, 0);
        if (variables.isEmpty() && skills.isEmpty() && !node.has("priority")) {
            node.problems().add(node.path(), "a set node needs variables, skills or priority", node.line());
        }
        return new FlowNode.SetValues(variables, skills, priority, target(node, "next"));
    }

    private FlowNode queue(Fields node) {
        String queue = node.nonBlankText("queue", true);
        context.queues().check(node, "queue", queue);
        int priority = (int) node.wholeNumber("priority", false, 0);
        Optional<CallbackOffer> offer = Optional.empty();
        Fields callback = node.section("callback_offer", false, CALLBACK_OFFER_KEYS);
        if (callback != null) {
            String flow = callback.nonBlankText("flow", true);
            long afterMs = callback.positiveDurationMs("when_wait_over", true, 1);
            if (context.flows().check(callback, "flow", flow)) {
                offer = Optional.of(new CallbackOffer(flow, afterMs));
            }
        }
        return new FlowNode.Queue(queue, priority, offer);
    }

    private List<String> prompts(Fields node) {
        List<YamlNode> items = node.list("prompts", true);
        for (int i = 0; i < items.size(); i++) {
            Optional<String> text = Scalars.text(items.get(i));
            if (text.isEmpty() || text.get().isBlank()) {
                node.problems().add(node.path("prompts") + "[" + i + "]", "a prompt must not be empty",
                        items.get(i).line());
            } else {
                checkSoundFile(text.get(), node.path("prompts") + "[" + i + "]", items.get(i).line(), node);
            }
        }
        return items.stream().map(Scalars::text).flatMap(Optional::stream).toList();
    }

    private String prompt(Fields node, String key, boolean required) {
        String text = node.text(key, required);
        if (text != null && text.isBlank() || node.has(key) && text == null) {
            node.problem(key, "a prompt must not be empty");
            return null;
        }
        if (text != null) {
            checkSoundFile(text, node.path(key), node.line(key), node);
        }
        return text;
    }

    private void checkSoundFile(String prompt, String path, int line, Fields node) {
        context.sounds().ifPresent(sounds -> sounds.check(prompt, path, line, node.problems()));
    }

    private String target(Fields fields, String key) {
        String target = fields.nonBlankText(key, true);
        return context.nodes().check(fields, key, target) ? target : null;
    }

    private static <E extends Enum<E>> E choice(Fields node, String key, Class<E> type) {
        String text = node.nonBlankText(key, true);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> names = Arrays.stream(type.getEnumConstants())
                    .map(constant -> constant.name().toLowerCase(Locale.ROOT)).toList();
            node.problem(key, "'" + text + "' is not one of " + String.join(", ", names));
            return null;
        }
    }
}
