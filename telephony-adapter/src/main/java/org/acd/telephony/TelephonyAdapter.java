package org.acd.telephony;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.acd.core.api.AcdCommands;
import org.acd.core.api.AcdEvents;
import org.acd.core.model.RoutingConfig;
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
import org.acd.telephony.scripts.AgentFeatureScript;
import org.acd.telephony.scripts.InboundCallScript;

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
 * Start order: {@link #connect}, hand {@link #commands()} to the core's runtime as its executor, then
 * {@link #start} with the runtime's events.
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
    private FastAgiServer agi;

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

    /** Starts the FastAGI server and the AMI connection, publishing into {@code coreEvents}. */
    public void start(AcdEvents coreEvents) throws InterruptedException {
        events.deliverTo(coreEvents);
        AgiScripts scripts = new AgiScripts(Map.of(
                Dialplan.INBOUND_SCRIPT, new InboundCallScript(settings.inbound(), new CallIds(clock.millis()), legs),
                Dialplan.AGENT_ANSWERED_SCRIPT, new AgentAnsweredScript(legs),
                Dialplan.AGENT_FEATURE_SCRIPT, new AgentFeatureScript(agents, events, clock,
                        settings.confirmationSound())));
        agi = FastAgiServer.start(settings.agi(), scripts);
        AmiListener listener = new AmiListener(amiCounters, legs, agents, events, clock);
        ami.start(listener, () -> resync.execute(listener.resynchroniser(ami.actions())));
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
        commands.close();
    }
}
