package org.acd.config;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.acd.config.ivr.FlowNode;
import org.acd.config.ivr.IvrFlow;
import org.acd.config.ivr.IvrFlows;
import org.acd.config.yaml.Fields;
import org.acd.config.yaml.NearestName;
import org.acd.config.yaml.Scalars;
import org.acd.config.yaml.YamlNode;

/**
 * Reads {@code ivr}: {@code entry_flow}, {@code flows}, each a named graph ({@code entry},
 * {@code nodes} by id), then checks each graph with {@link FlowGraphCheck}; with {@code sounds}, a
 * directory, every prompt the nodes name must be a sound file there ({@link SoundFiles}). Stateless.
 */
final class FlowReader {

    private static final Set<String> IVR_KEYS = Set.of("entry_flow", "flows", "sounds");
    private static final Set<String> FLOW_KEYS = Set.of("entry", "nodes");

    private FlowReader() {
    }

    /** {@code baseDirectory}: where {@code sounds} starts; empty when the file's directory is unknown (no check). */
    static IvrFlows read(Fields top, KnownNames queues, KnownNames tiers, KnownNames skills,
                         Optional<Path> baseDirectory) {
        Fields ivr = top.section("ivr", false, IVR_KEYS);
        if (ivr == null) {
            return IvrFlows.NONE;
        }
        Optional<SoundFiles> sounds = SoundFiles.read(ivr, baseDirectory);
        Fields flows = ivr.openMap("flows", true);
        if (flows == null) {
            return IvrFlows.NONE;
        }
        if (flows.keys().isEmpty()) {
            ivr.problem("flows", "must name at least one flow");
        }
        KnownNames flowNames = new KnownNames("flow", flows.keys());
        String entryFlow = ivr.nonBlankText("entry_flow", true);
        flowNames.check(ivr, "entry_flow", entryFlow);
        Map<String, IvrFlow> read = new LinkedHashMap<>();
        for (String id : flows.keys()) {
            Fields flow = Fields.of(flows.node(id), flows.path(id), top.problems(), FLOW_KEYS);
            if (flow != null) {
                flow(flow, id, new FlowContext(queues, tiers, skills, flowNames, null, sounds))
                        .ifPresent(done -> read.put(id, done));
            }
        }
        return new IvrFlows(Optional.ofNullable(entryFlow), read);
    }

    private static Optional<IvrFlow> flow(Fields flow, String id, FlowContext shared) {
        Fields nodes = flow.openMap("nodes", true);
        if (nodes == null) {
            return Optional.empty();
        }
        KnownNames nodeIds = new KnownNames("node", nodes.keys());
        FlowNodeReader reader = new FlowNodeReader(new FlowContext(shared.queues(), shared.tiers(), shared.skills(),
                shared.flows(), nodeIds, shared.sounds()));
        Map<String, FlowNode> read = new LinkedHashMap<>();
        for (String nodeId : nodes.keys()) {
            node(nodes, nodeId, reader).ifPresent(node -> read.put(nodeId, node));
        }
        String entry = flow.nonBlankText("entry", true);
        if (!nodeIds.check(flow, "entry", entry)) {
            return Optional.empty();
        }
        boolean complete = read.size() == nodes.keys().size();
        if (complete) {
            FlowGraphCheck.check(nodes, entry, read);
        }
        return Optional.of(new IvrFlow(id, entry, read));
    }

    private static Optional<FlowNode> node(Fields nodes, String nodeId, FlowNodeReader reader) {
        YamlNode yaml = nodes.node(nodeId);
        String path = nodes.path(nodeId);
        if (!(yaml instanceof YamlNode.Mapping map)) {
            nodes.problems().add(path, "must be a map, not " + yaml.kind(), yaml.line());
            return Optional.empty();
        }
        Optional<String> typeName = Optional.ofNullable(map.entries().get("type")).flatMap(Scalars::text);
        if (typeName.isEmpty()) {
            nodes.problems().add(path + ".type", "missing; one of " + String.join(", ", FlowNodeType.yamlNames()),
                    yaml.line());
            return Optional.empty();
        }
        Optional<FlowNodeType> type = FlowNodeType.of(typeName.get());
        if (type.isEmpty()) {
            nodes.problems().add(path + ".type", "unknown node type '" + typeName.get() + "'"
                    + NearestName.hint(typeName.get(), FlowNodeType.yamlNames()) + "; one of "
                    + String.join(", ", FlowNodeType.yamlNames()), map.keyLines().get("type"));
            return Optional.empty();
        }
        int problemsBefore = nodes.problems().messages().size();
        FlowNode node = reader.read(Fields.of(yaml, path, nodes.problems(), type.get().keys()), type.get());
        return nodes.problems().messages().size() == problemsBefore ? Optional.of(node) : Optional.empty();
    }
}
