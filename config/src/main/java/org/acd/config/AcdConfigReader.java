package org.acd.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.acd.config.ivr.IvrFlows;
import org.acd.config.model.AcdConfig;
import org.acd.config.model.AmiConnection;
import org.acd.config.model.BusinessHours;
import org.acd.config.model.CallerDirectorySettings;
import org.acd.config.model.InboundMenu;
import org.acd.config.model.KpiSettings;
import org.acd.config.model.ServerSettings;
import org.acd.config.yaml.Fields;
import org.acd.config.yaml.Problems;
import org.acd.config.yaml.Scalars;
import org.acd.config.yaml.YamlNode;
import org.acd.core.model.AgentConfig;
import org.acd.core.model.InvalidConfigException;
import org.acd.core.model.RoutingConfig;
import org.acd.core.model.TierConfig;

/**
 * Turns the configuration file's tree into an {@link AcdConfig}, section by section, collecting every
 * problem. The ids of skills, tiers and queues are gathered first, so a reference to one is checked
 * wherever it is made. When the sections read without a problem, the routing part goes through the
 * engine's own validation too, its messages translated to the file's paths and lines. One reading,
 * one thread.
 */
final class AcdConfigReader {

    private static final Set<String> TOP_KEYS = Set.of("server", "asterisk", "skills", "tiers", "queues", "agents",
            "caller_directory", "business_hours", "holidays", "kpi", "inbound", "ivr");

    private final Problems problems;
    private final Optional<Path> baseDirectory;

    /** {@code baseDirectory}: where relative paths in the file start; empty when it came from elsewhere (files are then not checked). */
    AcdConfigReader(Problems problems, Optional<Path> baseDirectory) {
        this.problems = problems;
        this.baseDirectory = baseDirectory;
    }

    /** The configuration, or null when {@code problems} holds why not. */
    AcdConfig read(YamlNode root) {
        Fields top = Fields.of(root, "", problems, TOP_KEYS);
        if (top == null) {
            return null;
        }
        ServerSettings server = ConnectionsReader.server(top, baseDirectory);
        Optional<AmiConnection> asterisk = ConnectionsReader.asterisk(top,
                baseDirectory.orElse(Path.of("")));
        KnownNames skills = skills(top);
        KnownNames tierIds = KnownNames.ofIds("tier", top.node("tiers"));
        KnownNames queueIds = KnownNames.ofIds("queue", top.node("queues"));
        List<TierConfig> tiers = TierReader.read(top, skills);
        QueueReader queues = new QueueReader(skills, queueIds);
        queues.read(top);
        List<AgentConfig> agents = AgentReader.read(top, skills);
        String firstTier = tiers.isEmpty() ? "" : tiers.get(0).id();
        Optional<CallerDirectorySettings> directory = CallerDirectoryReader.read(top, tierIds, firstTier,
                baseDirectory);
        Optional<BusinessHours> hours = ScheduleReader.read(top);
        KpiSettings kpi = KpiReader.read(top);
        Optional<InboundMenu> inbound = InboundReader.read(top, queueIds);
        IvrFlows ivr = FlowReader.read(top, queueIds, tierIds, skills, baseDirectory);
        if (!problems.isEmpty()) {
            return null;
        }
        try {
            RoutingConfig routing = new RoutingConfig(new ArrayList<>(skills.names()), tiers, queues.queues(), agents);
            return new AcdConfig(server, asterisk, routing, queues.serviceLevels(), directory, hours, kpi, inbound,
                    ivr);
        } catch (InvalidConfigException e) {
            RoutingProblemTranslator.translate(e.problems(), root, Map.of(
                    "tiers", tiers.stream().map(TierConfig::id).toList(),
                    "queues", queues.queues().stream().map(queue -> queue.id()).toList(),
                    "agents", agents.stream().map(AgentConfig::id).toList()), problems);
            return null;
        }
    }

    /** {@code skills: [orders, returns]}: non-empty names, each once, in the file's order. */
    private KnownNames skills(Fields top) {
        Set<String> names = new LinkedHashSet<>();
        List<YamlNode> items = top.list("skills", true);
        for (int i = 0; i < items.size(); i++) {
            Optional<String> name = Scalars.text(items.get(i)).filter(text -> !text.isBlank());
            String path = "skills[" + i + "]";
            if (name.isEmpty()) {
                problems.add(path, "a skill is a name, not " + items.get(i).kind(), items.get(i).line());
            } else if (!names.add(name.get())) {
                problems.add(path, "'" + name.get() + "' is listed twice", items.get(i).line());
            }
        }
        return new KnownNames("skill", names);
    }
}
