package org.acd.simulator.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.acd.config.yaml.Fields;
import org.acd.config.yaml.Problems;
import org.acd.config.yaml.YamlNode;
import org.acd.core.model.AgentConfig;
import org.acd.core.model.RoutingConfig;
import org.acd.core.reporting.KpiThresholds;

/**
 * Turns a scenario's YAML tree into a {@link Scenario}, checking every field and collecting every
 * problem with its path and line. The schema is the README's "Simulating a shift". One reading, one thread.
 */
final class ScenarioReader {

    private static final Set<String> TOP_KEYS = Set.of("seed", "duration", "calls", "warmup", "arrivals",
            "call_types", "patience", "handle_time", "agents", "ring_time", "no_answer_probability", "wrap_up", "kpi",
            "routing");
    private static final Set<String> ARRIVAL_KEYS = Set.of("from", "to", "per_hour");
    private static final Set<String> CALL_TYPE_KEYS = Set.of("name", "share", "queue", "tier");
    private static final Set<String> AGENT_KEYS = Set.of("count", "skills", "from", "to");
    private static final Set<String> KPI_KEYS = Set.of("short_abandon", "service_level");
    private static final double SHARE_TOLERANCE = 1e-6;

    private final Problems problems;

    ScenarioReader(Problems problems) {
        this.problems = problems;
    }

    /** The scenario, or null when {@code problems} holds why not. */
    Scenario read(YamlNode root) {
        Fields top = Fields.of(root, "", problems, TOP_KEYS);
        if (top == null) {
            return null;
        }
        long seed = top.wholeNumber("seed", false, 1);
        long durationMs = top.positiveDurationMs("duration", false, 0);
        long calls = top.wholeNumber("calls", false, 0);
        if (top.has("duration") == top.has("calls")) {
            problems.add("duration", "give either duration or calls", top.line());
        } else if (top.has("calls") && calls <= 0) {
            top.problem("calls", "must be positive");
        }
        long warmupMs = top.durationMs("warmup", false, 0);
        List<ArrivalPeriod> arrivals = arrivals(top);
        List<CallType> callTypes = callTypes(top);
        Distribution patience = top.has("patience")
                ? DistributionReader.read(top.node("patience"), "patience", problems, true) : new Distribution.Never();
        Distribution handleTime = top.has("handle_time")
                ? DistributionReader.read(top.node("handle_time"), "handle_time", problems, false) : null;
        if (handleTime == null) {
            problems.add("handle_time", "missing", top.line());
        }
        List<AgentShift> shifts = new ArrayList<>();
        List<AgentConfig> agents = agents(top, shifts);
        long ringTimeMs = top.durationMs("ring_time", false, 0);
        double noAnswer = top.number("no_answer_probability", false, 0);
        if (noAnswer < 0 || noAnswer >= 1) {
            top.problem("no_answer_probability", "must be at least 0 and below 1");
        }
        long wrapUpMs = top.durationMs("wrap_up", false, 0);
        KpiThresholds kpi = kpi(top);
        RoutingConfig routing = problems.isEmpty()
                ? RoutingReader.read(top.node("routing"), callTypes, agents, wrapUpMs, problems) : null;
        if (!problems.isEmpty()) {
            return null;
        }
        return new Scenario(seed, durationMs, calls, warmupMs, arrivals, callTypes, patience, handleTime, shifts,
                ringTimeMs, noAnswer, kpi, routing);
    }

    private List<ArrivalPeriod> arrivals(Fields top) {
        List<ArrivalPeriod> arrivals = new ArrayList<>();
        List<YamlNode> items = top.list("arrivals", true);
        for (int i = 0; i < items.size(); i++) {
            Fields period = Fields.of(items.get(i), "arrivals[" + i + "]", problems, ARRIVAL_KEYS);
            if (period == null) {
                continue;
            }
            long fromMs = period.durationMs("from", true, 0);
            long toMs = period.durationMs("to", false, ArrivalPeriod.OPEN_ENDED);
            if (toMs <= fromMs) {
                period.problem("to", "must be after from");
            }
            double perHour = period.number("per_hour", true, 1);
            if (perHour <= 0) {
                period.problem("per_hour", "must be positive");
            }
            for (ArrivalPeriod earlier : arrivals) {
                if (fromMs < earlier.toMs() && earlier.fromMs() < toMs) {
                    period.problem("from", "overlaps arrivals[" + arrivals.indexOf(earlier) + "]; periods must not overlap");
                }
            }
            arrivals.add(new ArrivalPeriod(fromMs, toMs, perHour));
        }
        return arrivals;
    }

    private List<CallType> callTypes(Fields top) {
        List<CallType> types = new ArrayList<>();
        List<YamlNode> items = top.list("call_types", true);
        double shares = 0;
        boolean sharesRead = true;
        for (int i = 0; i < items.size(); i++) {
            Fields type = Fields.of(items.get(i), "call_types[" + i + "]", problems, CALL_TYPE_KEYS);
            if (type == null) {
                continue;
            }
            String name = type.text("name", true);
            double share = type.number("share", true, Double.NaN);
            if (Double.isNaN(share)) {
                sharesRead = false;
            } else if (share <= 0 || share > 1) {
                type.problem("share", "must be above 0 and at most 1");
                sharesRead = false;
            }
            shares += share;
            types.add(new CallType(name, share, type.text("queue", true), type.text("tier", true)));
        }
        if (!types.isEmpty() && sharesRead && Math.abs(shares - 1.0) > SHARE_TOLERANCE) {
            top.problem("call_types", "the shares add up to " + shares + ", not 1");
        }
        return types;
    }

    private List<AgentConfig> agents(Fields top, List<AgentShift> shifts) {
        List<AgentConfig> agents = new ArrayList<>();
        List<YamlNode> items = top.list("agents", true);
        for (int i = 0; i < items.size(); i++) {
            Fields group = Fields.of(items.get(i), "agents[" + i + "]", problems, AGENT_KEYS);
            if (group == null) {
                continue;
            }
            long count = group.wholeNumber("count", true, 0);
            if (group.has("count") && count <= 0) {
                group.problem("count", "must be positive");
            }
            Map<String, Integer> skills = skills(group, "skills", problems);
            long fromMs = group.durationMs("from", false, 0);
            long toMs = group.durationMs("to", false, ArrivalPeriod.OPEN_ENDED);
            if (toMs <= fromMs) {
                group.problem("to", "must be after from");
            }
            for (long n = 0; n < count; n++) {
                String agentId = "agent" + (agents.size() + 1);
                agents.add(AgentConfig.of(agentId, skills));
                shifts.add(new AgentShift(agentId, fromMs, toMs));
            }
        }
        return agents;
    }

    private KpiThresholds kpi(Fields top) {
        if (!top.has("kpi")) {
            return KpiThresholds.DEFAULTS;
        }
        Fields kpi = Fields.of(top.node("kpi"), "kpi", problems, KPI_KEYS);
        if (kpi == null) {
            return KpiThresholds.DEFAULTS;
        }
        return new KpiThresholds(kpi.durationMs("short_abandon", false, KpiThresholds.DEFAULTS.shortAbandonMs()),
                kpi.durationMs("service_level", false, KpiThresholds.DEFAULTS.serviceLevelMs()));
    }

    /** A map of skill to proficiency, such as {@code {support: 5}}. */
    static Map<String, Integer> skills(Fields fields, String key, Problems problems) {
        Map<String, Integer> skills = new LinkedHashMap<>();
        YamlNode node = fields.node(key);
        if (node == null) {
            problems.add(fields.path(key), "missing", fields.line());
            return skills;
        }
        if (!(node instanceof YamlNode.Mapping map)) {
            fields.problem(key, "must be a map of skill to proficiency, like {support: 5}");
            return skills;
        }
        Fields levels = Fields.of(map, fields.path(key), problems, map.entries().keySet());
        for (String skill : map.entries().keySet()) {
            long level = levels.wholeNumber(skill, true, 1);
            if (level < 1 || level > 10) {
                levels.problem(skill, "proficiency " + level + " is outside 1 to 10");
            }
            skills.put(skill, (int) level);
        }
        return skills;
    }
}
