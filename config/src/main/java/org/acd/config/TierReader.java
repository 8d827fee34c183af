package org.acd.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.acd.config.yaml.Fields;
import org.acd.config.yaml.YamlNode;
import org.acd.core.model.SkillRequirement;
import org.acd.core.model.TierConfig;

/** Reads {@code tiers}: id, priority, max_wait_behind_others, required_skill. Stateless. */
final class TierReader {

    private static final Set<String> KEYS = Set.of("id", "priority", "max_wait_behind_others", "required_skill");

    private TierReader() {
    }

    static List<TierConfig> read(Fields top, KnownNames skills) {
        List<TierConfig> tiers = new ArrayList<>();
        IdRegistry ids = new IdRegistry();
        List<YamlNode> items = top.list("tiers", true);
        for (int i = 0; i < items.size(); i++) {
            Fields tier = Fields.of(items.get(i), "tiers[" + i + "]", top.problems(), KEYS);
            if (tier == null) {
                continue;
            }
            String id = ids.register(tier);
            int priority = (int) tier.wholeNumber("priority", false, 0);
            long maxWaitBehindMs = tier.durationMs("max_wait_behind_others", false, 0);
            Optional<SkillRequirement> required = tier.has("required_skill")
                    ? Optional.ofNullable(SkillRequirementReader.read(tier.node("required_skill"),
                            tier.path("required_skill"), skills, top.problems()))
                    : Optional.empty();
            if (id != null) {
                tiers.add(new TierConfig(id, priority, maxWaitBehindMs, required));
            }
        }
        return tiers;
    }
}
