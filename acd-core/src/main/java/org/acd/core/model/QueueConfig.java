package org.acd.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A queue: which agents may take its calls ({@code skills}, all required), how it chooses among
 * them, how its calls age and overflow, and how they leave without an agent.
 *
 * <p>{@code weight} is added to the effective priority of its calls when an agent who serves
 * several queues chooses among them. {@code maxWaiting} and {@code maxWaitMs} of 0 mean unlimited.
 * {@code whenNoAgents}, when present, is taken by calls that arrive while no agent able to serve
 * them is logged in; otherwise they wait.
 */
public record QueueConfig(
        String id,
        List<SkillRequirement> skills,
        RoutingStrategy strategy,
        int weight,
        double agingPointsPerSecond,
        int maxWaiting,
        long maxWaitMs,
        QueueExit onMaxWait,
        QueueExit onFull,
        Optional<QueueExit> whenNoAgents,
        long ringTimeoutMs,
        long wrapUpMs,
        List<OverflowStep> overflowSteps,
        CallbackPolicy callback,
        AnnouncePolicy announce) {

    public QueueConfig {
        skills = List.copyOf(skills);
        overflowSteps = List.copyOf(overflowSteps);
    }

    public static Builder builder(String id) {
        return new Builder(id);
    }

    public Builder toBuilder() {
        Builder builder = new Builder(id);
        builder.skills.addAll(skills);
        builder.overflowSteps.addAll(overflowSteps);
        return builder.strategy(strategy).weight(weight).agingPointsPerSecond(agingPointsPerSecond)
                .maxWaiting(maxWaiting).maxWaitMs(maxWaitMs).onMaxWait(onMaxWait).onFull(onFull)
                .whenNoAgents(whenNoAgents.orElse(null)).ringTimeoutMs(ringTimeoutMs).wrapUpMs(wrapUpMs)
                .callback(callback).announce(announce);
    }

    /**
     * Defaults: longest idle, weight 0, aging 1 point per second, no limits, ring 15 s, no wrap-up,
     * {@link CallbackPolicy#DEFAULT}, no announcements.
     */
    public static final class Builder {
        private final String id;
        private final List<SkillRequirement> skills = new ArrayList<>();
        private final List<OverflowStep> overflowSteps = new ArrayList<>();
        private RoutingStrategy strategy = RoutingStrategy.LONGEST_IDLE;
        private int weight;
        private double agingPointsPerSecond = 1.0;
        private int maxWaiting;
        private long maxWaitMs;
        private QueueExit onMaxWait = QueueExit.hangUp();
        private QueueExit onFull = QueueExit.hangUp();
        private QueueExit whenNoAgents;
        private long ringTimeoutMs = 15_000;
        private long wrapUpMs;
        private CallbackPolicy callback = CallbackPolicy.DEFAULT;
        private AnnouncePolicy announce = AnnouncePolicy.NONE;

        private Builder(String id) {
            this.id = id;
        }

        public Builder skill(String skill, int minProficiency) {
            skills.add(new SkillRequirement(skill, minProficiency));
            return this;
        }

        public Builder strategy(RoutingStrategy strategy) {
            this.strategy = strategy;
            return this;
        }

        public Builder weight(int weight) {
            this.weight = weight;
            return this;
        }

        public Builder agingPointsPerSecond(double points) {
            this.agingPointsPerSecond = points;
            return this;
        }

        public Builder maxWaiting(int calls) {
            this.maxWaiting = calls;
            return this;
        }

        public Builder maxWaitMs(long ms) {
            this.maxWaitMs = ms;
            return this;
        }

        public Builder onMaxWait(QueueExit exit) {
            this.onMaxWait = exit;
            return this;
        }

        public Builder onFull(QueueExit exit) {
            this.onFull = exit;
            return this;
        }

        public Builder whenNoAgents(QueueExit exit) {
            this.whenNoAgents = exit;
            return this;
        }

        public Builder ringTimeoutMs(long ms) {
            this.ringTimeoutMs = ms;
            return this;
        }

        public Builder wrapUpMs(long ms) {
            this.wrapUpMs = ms;
            return this;
        }

        public Builder callback(CallbackPolicy policy) {
            this.callback = policy;
            return this;
        }

        public Builder announce(AnnouncePolicy policy) {
            this.announce = policy;
            return this;
        }

        public Builder overflow(OverflowStep step) {
            overflowSteps.add(step);
            return this;
        }

        public QueueConfig build() {
            return new QueueConfig(id, skills, strategy, weight, agingPointsPerSecond, maxWaiting, maxWaitMs,
                    onMaxWait, onFull, Optional.ofNullable(whenNoAgents), ringTimeoutMs, wrapUpMs, overflowSteps, callback,
                    announce);
        }
    }
}
