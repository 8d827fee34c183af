package org.acd.telephony;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.acd.config.ivr.IvrFlows;
import org.acd.core.api.AcdCommands;
import org.acd.core.api.AcdEvents;
import org.acd.core.model.RoutingConfig;
import org.acd.core.view.EngineSnapshot;
import org.acd.ivr.FlowEngine;
import org.acd.ivr.IvrOutcomeListener;
import org.acd.ivr.IvrServices;
import org.acd.ivr.QueueInsight;
import org.acd.ivr.directory.CallerDirectories;
import org.acd.ivr.directory.CallerDirectory;
import org.acd.ivr.directory.CsvCallerDirectory;
import org.acd.telephony.agi.AgiScript;
import org.acd.telephony.agi.AgiCounters;
import org.acd.telephony.agi.AgiScripts;
import org.acd.telephony.agi.FastAgiServer;
import org.acd.telephony.ami.AmiConnection;
import org.acd.telephony.ami.AmiEventCounters;
import org.acd.telephony.ami.AmiListener;
import org.acd.telephony.calls.AgentDirectory;
import org.acd.telephony.calls.CallIds;
import org.acd.telephony.calls.CallLegs;
import org.acd.telephony.scripts.AgentAnsweredScript;
import org.acd.telephony.ivr.AgiIvrHandoff;
import org.acd.telephony.ivr.IvrCalls;
import org.acd.telephony.ivr.IvrSetup;
import org.acd.telephony.scripts.AgentFeatureScript;
import org.acd.telephony.scripts.CallbackAnsweredScript;
import org.acd.telephony.scripts.CallbackOfferScript;
import org.acd.telephony.scripts.InboundCallScript;
import org.acd.telephony.scripts.IvrCallScript;

/**
 * The product's link to Asterisk: a FastAGI server for calls entering and agents answering, and an
 * AMI connection for ringing agents, hang-ups and device states. Asterisk's events go into the
 * routing core's ring through {@link AcdEvents}; the core's commands come back through
 * {@link TelephonyCommands}.
 * <pre>
 *   Asterisk --FastAGI--> FastAgiServer --scripts--> CallLegs --AcdEvents--> ring
 *   Asterisk --AMI events--> AmiListener --decoders--> CallLegs / AcdEvents --> ring
 *   engine --AcdCommands--> TelephonyCommands --AMI actions / AGI commands--> Asterisk
 * </pre>
 * Trunk calls run the IVR's entry flow first when the settings have one, and waiting callers offered
 * a callback run the offer flow their queue node named: its steps run on the
 * {@code acd-ivr} thread, its JDBC lookups (if the directory is a database) on {@code acd-ivr-directory}.
 * Start order: {@link #create}, hand {@link #commands()} to the core's runtime as its executor, then
 * {@link #start} with the runtime's events, its snapshots, its queue insight and the IVR's outcome journal.
 */
public final class TelephonyAdapter implements AutoCloseable {

    private final TelephonySettings settings;
    private final AgentDirectory agents;
    private final Clock clock;
    private final AmiConnection ami;
    private final DeferredEvents events = new DeferredEvents();
    private final CallLegs legs;
    private final TelephonyCommands commands;
    private final AmiEventCounters amiCounters = new AmiEventCounters();
    private final ExecutorService resync = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "acd-ami-resync");
        thread.setDaemon(true);
        return thread;
    });
    private final ExecutorService ivrSteps = daemonThreads(1, "acd-ivr");
    private final ExecutorService directoryLookups = daemonThreads(2, "acd-ivr-directory");
    private final IvrCalls ivrCalls = new IvrCalls();
    private FastAgiServer agi;
    /** The IVR's flow engine once started with an IVR; null without one. */
    private volatile FlowEngine flowEngine;

    private TelephonyAdapter(TelephonySettings settings, RoutingConfig routing, Clock clock) {
        this.settings = settings;
        this.agents = new AgentDirectory(routing.agents());
        this.clock = clock;
        this.ami = new AmiConnection(settings.ami());
        this.legs = new CallLegs(events, clock);
        this.commands = new TelephonyCommands(legs, ami.actions(), settings.ami().maxRingTime());
    }

    /** Builds the adapter; nothing listens or connects until {@link #start}. */
    public static TelephonyAdapter create(TelephonySettings settings, RoutingConfig routing, Clock clock) {
        return new TelephonyAdapter(settings, routing, clock);
    }

    /** The executor to give the routing core: carries its commands out on Asterisk. */
    public AcdCommands commands() {
        return commands;
    }

    /**
     * Starts the FastAGI server and the AMI connection, publishing into {@code coreEvents}; the IVR,
     * if configured, asks {@code queues} about queues and tells {@code ivrOutcomes} what callers did.
     * After every AMI (re)connect, the calls in the engine's {@code snapshots} that have no leg here
     * (replayed after a restart) are matched with Asterisk's live channels.
     */
    public void start(AcdEvents coreEvents, Supplier<? extends CompletionStage<EngineSnapshot>> snapshots,
                      QueueInsight queues, IvrOutcomeListener ivrOutcomes) throws InterruptedException {
        events.deliverTo(coreEvents);
        CallIds callIds = new CallIds(clock.millis());
        Map<String, AgiScript> scripts = new HashMap<>(Map.of(
                Dialplan.AGENT_ANSWERED_SCRIPT, new AgentAnsweredScript(legs),
                Dialplan.CALLBACK_ANSWERED_SCRIPT, new CallbackAnsweredScript(legs, commands),
                Dialplan.AGENT_FEATURE_SCRIPT, new AgentFeatureScript(agents, events, clock,
                        settings.confirmationSound())));
        settings.ivr().ifPresentOrElse(ivr -> scripts.putAll(ivrScripts(ivr, callIds, queues, ivrOutcomes)),
                () -> scripts.put(Dialplan.INBOUND_SCRIPT,
                        new InboundCallScript(settings.inbound().orElseThrow(), callIds, legs)));
        agi = FastAgiServer.start(settings.agi(), new AgiScripts(scripts));
        AmiListener listener = new AmiListener(amiCounters, legs, agents, events, clock);
        ami.start(listener, () -> {
            resync.execute(listener.resynchroniser(ami.actions()));
            resync.execute(listener.replayedCallAdoption(ami.actions(), snapshots));
        });
    }

    /** The trunk calls' entry flow and the waiting callers' callback offers, both run by the IVR's flows. */
    private Map<String, AgiScript> ivrScripts(IvrSetup ivr, CallIds callIds, QueueInsight queues,
                                              IvrOutcomeListener outcomes) {
        CallerDirectory directory = ivr.callerDirectory()
                .map(directorySettings -> CallerDirectories.of(directorySettings, directoryLookups))
                .orElseGet(() -> new CsvCallerDirectory(List.of()));
        AgiIvrHandoff handoff = new AgiIvrHandoff(ivrCalls, legs, ivr.defaultQueue(),
                ivr.settings().defaultTier());
        FlowEngine flows = new FlowEngine(ivr.flows(), ivr.settings(),
                new IvrServices(directory, queues, handoff, outcomes, clock, ivrSteps));
        flowEngine = flows;
        return Map.of(Dialplan.INBOUND_SCRIPT, new IvrCallScript(flows, ivrCalls, callIds, ivr.zone()),
                Dialplan.CALLBACK_OFFER_SCRIPT, new CallbackOfferScript(flows, ivrCalls, legs, ivr.zone()));
    }

    /**
     * A configuration reload applied: agents' phones are recognised by {@code routing}'s agents (an
     * added agent's feature codes and device states work at once), and new calls run {@code flows}
     * (calls in a flow finish theirs; nothing to do for an adapter serving without an IVR).
     */
    public void configReloaded(RoutingConfig routing, IvrFlows flows) {
        agents.replace(routing.agents());
        FlowEngine engine = flowEngine;
        if (engine != null) {
            engine.replaceFlows(flows);
        }
    }

    /** How many trunk calls are in the IVR now. */
    public int callsInIvr() {
        return ivrCalls.size();
    }

    public AgiCounters agiCounters() {
        return agi.counters();
    }

    public AmiEventCounters amiCounters() {
        return amiCounters;
    }

    public boolean amiConnected() {
        return ami.isConnected();
    }

    public int agiPort() {
        return agi.address().getPort();
    }

    @Override
    public void close() {
        if (agi != null) {
            agi.close();
        }
        ami.close();
        resync.shutdownNow();
        ivrSteps.shutdownNow();
        directoryLookups.shutdownNow();
        commands.close();
    }

    private static ExecutorService daemonThreads(int count, String name) {
        return Executors.newFixedThreadPool(count, runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
    }
}
