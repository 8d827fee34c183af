package org.acd.ivr.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.acd.config.ivr.FlowNode;
import org.acd.config.ivr.IvrFlow;
import org.acd.config.ivr.IvrFlows;
import org.acd.config.model.BusinessHours;
import org.acd.config.model.DirectoryEntry;
import org.acd.ivr.BusinessCalendar;
import org.acd.ivr.FlowEngine;
import org.acd.ivr.FlowExit;
import org.acd.ivr.IvrServices;
import org.acd.ivr.IvrSettings;
import org.acd.ivr.QueueInsight;
import org.acd.ivr.directory.CallerDirectory;
import org.acd.ivr.directory.CsvCallerDirectory;

/**
 * One flow, built from node records, run by a real {@link FlowEngine} over a {@link ScriptedChannel},
 * with recording outcome listener and hand-off. By default: tiers standard (the default), gold and
 * platinum; a directory with a platinum caller {@value #PLATINUM} (order {@value #SHIPPED_ORDER}
 * shipped) and a standard caller {@value #STANDARD}; a queue insight of no wait and one agent; always
 * open; steps run on the calling thread.
 */
public final class FlowHarness {

    public static final String FLOW = "test";
    public static final String PLATINUM = "+4930555010";
    public static final String STANDARD = "+4930555013";
    public static final String SHIPPED_ORDER = "100234";
    public static final long CALL_ID = 42;

    public final RecordingOutcomes outcomes = new RecordingOutcomes();
    public final RecordingHandoff handoff = new RecordingHandoff();
    private final IvrFlow flow;
    private CallerDirectory directory = new CsvCallerDirectory(List.of(
            new DirectoryEntry(PLATINUM, "C-1001", "Ida Lang", "platinum", "de", "seller", Map.of(SHIPPED_ORDER, "shipped")),
            new DirectoryEntry(STANDARD, "C-1004", "Leo Vogt", "standard", "en", "new", Map.of())));
    private QueueInsight insight = queue -> CompletableFuture.completedFuture(new QueueInsight.QueueStatus(0, 1));
    private InstantSource clock = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
    private Optional<BusinessHours> hours = Optional.empty();
    private long lookupTimeoutMs = 2_000;

    private FlowHarness(IvrFlow flow) {
        this.flow = flow;
    }

    /** A flow entered at {@code entry}, its nodes given as id, node, id, node, ... */
    public static FlowHarness flow(String entry, Object... idsAndNodes) {
        Map<String, FlowNode> nodes = new LinkedHashMap<>();
        for (int i = 0; i < idsAndNodes.length; i += 2) {
            nodes.put((String) idsAndNodes[i], (FlowNode) idsAndNodes[i + 1]);
        }
        return new FlowHarness(new IvrFlow(FLOW, entry, nodes));
    }

    public FlowHarness directory(CallerDirectory directory) {
        this.directory = directory;
        return this;
    }

    public FlowHarness insight(QueueInsight insight) {
        this.insight = insight;
        return this;
    }

    public FlowHarness at(Instant instant) {
        this.clock = Clock.fixed(instant, ZoneOffset.UTC);
        return this;
    }

    public FlowHarness hours(BusinessHours hours) {
        this.hours = Optional.of(hours);
        return this;
    }

    public FlowHarness lookupTimeoutMs(long timeoutMs) {
        this.lookupTimeoutMs = timeoutMs;
        return this;
    }

    public FlowEngine engine() {
        IvrSettings settings = new IvrSettings("standard", Set.of("standard", "gold", "platinum"), lookupTimeoutMs,
                5_000, 3_000, new BusinessCalendar(hours));
        IvrServices services = new IvrServices(directory, insight, handoff, outcomes, clock, Runnable::run);
        return new FlowEngine(new IvrFlows(Optional.of(FLOW), Map.of(FLOW, flow)), settings, services);
    }

    public CompletionStage<FlowExit> start(String callerNumber, ScriptedChannel channel) {
        return engine().start(CALL_ID, callerNumber, channel);
    }

    /** Runs the flow for a caller and waits (at most 10 s) for the run to end. */
    public FlowExit run(String callerNumber, ScriptedChannel channel) {
        return await(start(callerNumber, channel));
    }

    public static FlowExit await(CompletionStage<FlowExit> exit) {
        try {
            return exit.toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the run did not end", e);
        }
    }
}
