package org.acd.core.model;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.acd.core.api.ExitAction;

/**
 * A {@link RoutingConfig} as one canonical string, so that a configuration reload can travel
 * through the events journal (whose writer cannot write records) and come back equal on replay.
 * The string is the fields in declaration order, written with {@link DataOutputStream} and Base64
 * encoded, after a format version; agents' skills in skill order, so equal configurations encode
 * equally. Decoding rebuilds the records, so the result is validated like any configuration.
 *
 * <p>Part of the events journal's format: a field added to the model is added here under a new
 * {@link #FORMAT} version, and the old version keeps being read.
 */
public final class RoutingConfigCodec {

    private static final int FORMAT = 1;

    private RoutingConfigCodec() {
    }

    public static String encode(RoutingConfig config) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(FORMAT);
            out.writeInt(config.skills().size());
            for (String skill : config.skills()) {
                out.writeUTF(skill);
            }
            out.writeInt(config.tiers().size());
            for (TierConfig tier : config.tiers()) {
                writeTier(out, tier);
            }
            out.writeInt(config.queues().size());
            for (QueueConfig queue : config.queues()) {
                writeQueue(out, queue);
            }
            out.writeInt(config.agents().size());
            for (AgentConfig agent : config.agents()) {
                writeAgent(out, agent);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    /**
     * @throws IllegalArgumentException if the string is not an encoded configuration
     * @throws InvalidConfigException   if it is one that does not validate
     */
    public static RoutingConfig decode(String encoded) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(encoded)))) {
            int format = in.readInt();
            if (format != FORMAT) {
                throw new IllegalArgumentException("configuration format " + format + " is unknown (expected "
                        + FORMAT + ")");
            }
            List<String> skills = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                skills.add(in.readUTF());
            }
            List<TierConfig> tiers = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                tiers.add(readTier(in));
            }
            List<QueueConfig> queues = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                queues.add(readQueue(in));
            }
            List<AgentConfig> agents = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                agents.add(readAgent(in));
            }
            return new RoutingConfig(skills, tiers, queues, agents);
        } catch (IOException e) {
            throw new IllegalArgumentException("truncated configuration: " + e, e);
        }
    }

    private static void writeTier(DataOutputStream out, TierConfig tier) throws IOException {
        out.writeUTF(tier.id());
        out.writeInt(tier.priority());
        out.writeLong(tier.maxWaitBehindOthersMs());
        out.writeBoolean(tier.requiredSkill().isPresent());
        if (tier.requiredSkill().isPresent()) {
            writeSkill(out, tier.requiredSkill().get());
        }
    }

    private static TierConfig readTier(DataInputStream in) throws IOException {
        String id = in.readUTF();
        int priority = in.readInt();
        long maxWaitBehindOthersMs = in.readLong();
        Optional<SkillRequirement> requiredSkill = in.readBoolean() ? Optional.of(readSkill(in)) : Optional.empty();
        return new TierConfig(id, priority, maxWaitBehindOthersMs, requiredSkill);
    }

    private static void writeQueue(DataOutputStream out, QueueConfig queue) throws IOException {
        out.writeUTF(queue.id());
        out.writeInt(queue.skills().size());
        for (SkillRequirement skill : queue.skills()) {
            writeSkill(out, skill);
        }
        out.writeUTF(queue.strategy().name());
        out.writeInt(queue.weight());
        out.writeDouble(queue.agingPointsPerSecond());
        out.writeInt(queue.maxWaiting());
        out.writeLong(queue.maxWaitMs());
        writeExit(out, queue.onMaxWait());
        writeExit(out, queue.onFull());
        out.writeBoolean(queue.whenNoAgents().isPresent());
        if (queue.whenNoAgents().isPresent()) {
            writeExit(out, queue.whenNoAgents().get());
        }
        out.writeLong(queue.ringTimeoutMs());
        out.writeLong(queue.wrapUpMs());
        out.writeInt(queue.overflowSteps().size());
        for (OverflowStep step : queue.overflowSteps()) {
            writeStep(out, step);
        }
        out.writeLong(queue.callback().retryIntervalMs());
        out.writeInt(queue.callback().maxAttempts());
        out.writeLong(queue.callback().answerTimeoutMs());
        out.writeLong(queue.announce().everyMs());
        out.writeBoolean(queue.announce().position());
        out.writeBoolean(queue.announce().waitTime());
        out.writeLong(queue.announce().minChangeMs());
    }

    private static QueueConfig readQueue(DataInputStream in) throws IOException {
        String id = in.readUTF();
        List<SkillRequirement> skills = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            skills.add(readSkill(in));
        }
        RoutingStrategy strategy = RoutingStrategy.valueOf(in.readUTF());
        int weight = in.readInt();
        double agingPointsPerSecond = in.readDouble();
        int maxWaiting = in.readInt();
        long maxWaitMs = in.readLong();
        QueueExit onMaxWait = readExit(in);
        QueueExit onFull = readExit(in);
        Optional<QueueExit> whenNoAgents = in.readBoolean() ? Optional.of(readExit(in)) : Optional.empty();
        long ringTimeoutMs = in.readLong();
        long wrapUpMs = in.readLong();
        List<OverflowStep> steps = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            steps.add(readStep(in));
        }
        CallbackPolicy callback = new CallbackPolicy(in.readLong(), in.readInt(), in.readLong());
        AnnouncePolicy announce = new AnnouncePolicy(in.readLong(), in.readBoolean(), in.readBoolean(), in.readLong());
        return new QueueConfig(id, skills, strategy, weight, agingPointsPerSecond, maxWaiting, maxWaitMs, onMaxWait,
                onFull, whenNoAgents, ringTimeoutMs, wrapUpMs, steps, callback, announce);
    }

    private static void writeStep(DataOutputStream out, OverflowStep step) throws IOException {
        out.writeLong(step.afterMs());
        if (step instanceof OverflowStep.RelaxProficiency relax) {
            out.writeUTF("relax");
            out.writeInt(relax.minProficiency());
        } else if (step instanceof OverflowStep.AddAlternativeSkill add) {
            out.writeUTF("alternative");
            writeSkill(out, add.alternative());
        } else if (step instanceof OverflowStep.RaisePriority raise) {
            out.writeUTF("raise");
            out.writeInt(raise.points());
        } else if (step instanceof OverflowStep.MoveToQueue move) {
            out.writeUTF("move");
            out.writeUTF(move.queueId());
        }
    }

    private static OverflowStep readStep(DataInputStream in) throws IOException {
        long afterMs = in.readLong();
        String kind = in.readUTF();
        return switch (kind) {
            case "relax" -> new OverflowStep.RelaxProficiency(afterMs, in.readInt());
            case "alternative" -> new OverflowStep.AddAlternativeSkill(afterMs, readSkill(in));
            case "raise" -> new OverflowStep.RaisePriority(afterMs, in.readInt());
            case "move" -> new OverflowStep.MoveToQueue(afterMs, in.readUTF());
            default -> throw new IllegalArgumentException("unknown overflow step '" + kind + "'");
        };
    }

    private static void writeAgent(DataOutputStream out, AgentConfig agent) throws IOException {
        out.writeUTF(agent.id());
        out.writeUTF(agent.name());
        out.writeUTF(agent.endpoint());
        Map<String, Integer> skills = new TreeMap<>(agent.skills());
        out.writeInt(skills.size());
        for (Map.Entry<String, Integer> skill : skills.entrySet()) {
            out.writeUTF(skill.getKey());
            out.writeInt(skill.getValue());
        }
        out.writeLong(agent.wrapUpMs());
    }

    private static AgentConfig readAgent(DataInputStream in) throws IOException {
        String id = in.readUTF();
        String name = in.readUTF();
        String endpoint = in.readUTF();
        Map<String, Integer> skills = new LinkedHashMap<>();
        for (int i = in.readInt(); i > 0; i--) {
            skills.put(in.readUTF(), in.readInt());
        }
        return new AgentConfig(id, name, endpoint, skills, in.readLong());
    }

    private static void writeSkill(DataOutputStream out, SkillRequirement skill) throws IOException {
        out.writeUTF(skill.skill());
        out.writeInt(skill.minProficiency());
    }

    private static SkillRequirement readSkill(DataInputStream in) throws IOException {
        return new SkillRequirement(in.readUTF(), in.readInt());
    }

    private static void writeExit(DataOutputStream out, QueueExit exit) throws IOException {
        out.writeUTF(exit.action().name());
        out.writeUTF(exit.target());
    }

    private static QueueExit readExit(DataInputStream in) throws IOException {
        return new QueueExit(ExitAction.valueOf(in.readUTF()), in.readUTF());
    }
}
