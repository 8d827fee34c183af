package org.acd.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.acd.config.model.ServiceLevelTarget;
import org.acd.config.yaml.Fields;
import org.acd.config.yaml.YamlNode;
import org.acd.core.model.AnnouncePolicy;
import org.acd.core.model.CallbackPolicy;
import org.acd.core.model.QueueConfig;
import org.acd.core.model.QueueExit;
import org.acd.core.model.RoutingStrategy;
import org.acd.core.model.SkillRequirement;

/**
 * Reads {@code queues} into the engine's {@link QueueConfig}s, with each queue's service-level goal
 * beside them. Absent fields take the builder's defaults. One reading, one thread.
 */
final class QueueReader {

    private static final Set<String> KEYS = Set.of("id", "skills", "strategy", "weight", "aging_points_per_second",
            "max_waiting", "max_wait", "on_max_wait", "on_full", "when_no_agents", "ring_timeout", "wrap_up",
            "overflow", "service_level", "callback", "announce");
    private static final Set<String> SERVICE_LEVEL_KEYS = Set.of("target", "threshold");
    private static final Set<String> CALLBACK_KEYS = Set.of("retry_interval", "max_attempts", "answer_timeout");
    private static final Set<String> ANNOUNCE_KEYS = Set.of("every", "position", "wait", "min_change");
    private static final QueueConfig DEFAULTS = QueueConfig.builder("defaults").build();
    private static final long DEFAULT_ANNOUNCE_MIN_CHANGE_MS = 30_000;

    private final KnownNames skills;
    private final KnownNames queueIds;
    private final List<QueueConfig> queues = new ArrayList<>();
    private final Map<String, ServiceLevelTarget> serviceLevels = new LinkedHashMap<>();

    QueueReader(KnownNames skills, KnownNames queueIds) {
        this.skills = skills;
        this.queueIds = queueIds;
    }

    void read(Fields top) {
        IdRegistry ids = new IdRegistry();
        List<YamlNode> items = top.list("queues", true);
        for (int i = 0; i < items.size(); i++) {
            Fields queue = Fields.of(items.get(i), "queues[" + i + "]", top.problems(), KEYS);
            if (queue != null) {
                read(queue, ids.register(queue));
            }
        }
    }

    List<QueueConfig> queues() {
        return queues;
    }

    Map<String, ServiceLevelTarget> serviceLevels() {
        return serviceLevels;
    }

    private void read(Fields queue, String id) {
        QueueConfig.Builder builder = QueueConfig.builder(id);
        List<YamlNode> requirements = queue.list("skills", true);
        for (int i = 0; i < requirements.size(); i++) {
            SkillRequirement requirement = SkillRequirementReader.read(requirements.get(i),
                    queue.path("skills") + "[" + i + "]", skills, queue.problems());
            if (requirement != null) {
                builder.skill(requirement.skill(), requirement.minProficiency());
            }
        }
        String strategy = queue.text("strategy", false);
        if (strategy != null) {
            try {
                builder.strategy(RoutingStrategy.valueOf(strategy.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                queue.problem("strategy", "'" + strategy + "' is not a strategy; use longest_idle, most_skilled,"
                        + " least_occupied or round_robin");
            }
        }
        builder.weight(queue.wholeNumberIn("weight", false, 0, 0, 1_000_000))
                .agingPointsPerSecond(agingRate(queue))
                .maxWaiting(queue.wholeNumberIn("max_waiting", false, 0, 0, 1_000_000))
                .maxWaitMs(queue.durationMs("max_wait", false, 0))
                .ringTimeoutMs(queue.positiveDurationMs("ring_timeout", false, DEFAULTS.ringTimeoutMs()))
                .wrapUpMs(queue.durationMs("wrap_up", false, 0));
        QueueExit onMaxWait = ExitReader.read(queue, "on_max_wait", DEFAULTS.onMaxWait(), queueIds);
        QueueExit onFull = ExitReader.read(queue, "on_full", DEFAULTS.onFull(), queueIds);
        QueueExit whenNoAgents = ExitReader.read(queue, "when_no_agents", null, queueIds);
        builder.onMaxWait(onMaxWait).onFull(onFull).whenNoAgents(whenNoAgents);
        OverflowReader.read(queue, id, skills, queueIds).forEach(builder::overflow);
        if (queue.has("service_level")) {
            serviceLevel(queue, id);
        }
        builder.callback(callback(queue)).announce(announce(queue));
        if (id != null) {
            queues.add(builder.build());
        }
    }

    /** {@code callback: {retry_interval, max_attempts, answer_timeout}}, each defaulting to {@link CallbackPolicy#DEFAULT}'s. */
    private static CallbackPolicy callback(Fields queue) {
        CallbackPolicy defaults = CallbackPolicy.DEFAULT;
        Fields callback = queue.has("callback") ? queue.section("callback", false, CALLBACK_KEYS) : null;
        if (callback == null) {
            return defaults;
        }
        return new CallbackPolicy(callback.positiveDurationMs("retry_interval", false, defaults.retryIntervalMs()),
                callback.wholeNumberIn("max_attempts", false, defaults.maxAttempts(), 1, 100),
                callback.positiveDurationMs("answer_timeout", false, defaults.answerTimeoutMs()));
    }

    /**
     * {@code announce: {every, position, wait, min_change}}: no announcements when absent; when
     * given, {@code every} is needed and position and wait default to true, min_change to 30 s.
     */
    private static AnnouncePolicy announce(Fields queue) {
        Fields announce = queue.has("announce") ? queue.section("announce", false, ANNOUNCE_KEYS) : null;
        if (announce == null) {
            return AnnouncePolicy.NONE;
        }
        long everyMs = announce.positiveDurationMs("every", true, 0);
        boolean position = announce.bool("position", true);
        boolean waitTime = announce.bool("wait", true);
        if (!position && !waitTime) {
            announce.problem("position", "announces neither position nor wait; set one to true, or leave announce out");
            return AnnouncePolicy.NONE;
        }
        return new AnnouncePolicy(everyMs, position, waitTime,
                announce.durationMs("min_change", false, DEFAULT_ANNOUNCE_MIN_CHANGE_MS));
    }

    private static double agingRate(Fields queue) {
        double rate = queue.number("aging_points_per_second", false, DEFAULTS.agingPointsPerSecond());
        if (rate < 0) {
            queue.problem("aging_points_per_second", "must not be negative");
            return DEFAULTS.agingPointsPerSecond();
        }
        return rate;
    }

    private void serviceLevel(Fields queue, String id) {
        Fields level = queue.section("service_level", false, SERVICE_LEVEL_KEYS);
        if (level == null) {
            return;
        }
        String target = level.text("target", true);
        long thresholdMs = level.positiveDurationMs("threshold", true, 1);
        double percent = -1;
        if (target != null && target.trim().matches("\\d{1,3}(\\.\\d+)?%")) {
            percent = Double.parseDouble(target.trim().replace("%", ""));
        }
        if (target != null && (percent <= 0 || percent > 100)) {
            level.problem("target", "'" + target + "' is not a percentage above 0 and at most 100, like 80%");
        } else if (id != null && target != null) {
            serviceLevels.put(id, new ServiceLevelTarget(percent, thresholdMs));
        }
    }
}
