package org.acd.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.acd.config.yaml.Fields;
import org.acd.config.yaml.YamlNode;
import org.acd.core.model.AgentConfig;
import org.acd.core.model.SkillRequirement;

/** Reads {@code agents}: id, name, endpoint, skills {skill: 1-10}, wrap_up. Stateless. */
final class AgentReader {

    private static final Set<String> KEYS = Set.of("id", "name", "endpoint", "skills", "wrap_up");

    private AgentReader() {
    }

    static List<AgentConfig> read(Fields top, KnownNames skills) {
        List<AgentConfig> agents = new ArrayList<>();
        IdRegistry ids = new IdRegistry();
        List<YamlNode> items = top.list("agents", true);
        for (int i = 0; i < items.size(); i++) {
            Fields agent = Fields.of(items.get(i), "agents[" + i + "]", top.problems(), KEYS);
            if (agent == null) {
                continue;
            }
            String id = ids.register(agent);
            String name = agent.nonBlankText("name", false);
            String endpoint = agent.nonBlankText("endpoint", true);
            Map<String, Integer> levels = proficiencies(agent, skills);
            long wrapUpMs = agent.durationMs("wrap_up", false, AgentConfig.QUEUE_WRAP_UP);
            if (id != null && endpoint != null) {
                agents.add(new AgentConfig(id, name == null ? id : name, endpoint, levels, wrapUpMs));
            }
        }
        return agents;
    }

    private static Map<String, Integer> proficiencies(Fields agent, KnownNames skills) {
        Map<String, Integer> levels = new LinkedHashMap<>();
        Fields map = agent.openMap("skills", true);
        if (map == null) {
            return levels;
        }
        if (map.keys().isEmpty()) {
            agent.problem("skills", "must name at least one skill");
        }
        for (String skill : map.keys()) {
            int level = map.wholeNumberIn(skill, true, 0, SkillRequirement.MIN_PROFICIENCY,
                    SkillRequirement.MAX_PROFICIENCY);
            if (skills.check(map, skill, skill) && level > 0) {
                levels.put(skill, level);
            }
        }
        return levels;
    }
}
