package org.acd.simulator.emulator;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Plays Asterisk towards an ACD over real TCP on 127.0.0.1: an AMI server and FastAGI sessions to
 * the ACD, trunk callers and agents' phones, and a {@link CallLedger} of what the callers went
 * through. Start it, point the ACD's AMI at {@link #amiPort()}, tell it the ACD's FastAGI port with
 * {@link #routeAgiTo}, then {@link #place} callers. Safe to call from any thread.
 * <pre>
 *   ACD --AMI actions--> AmiServer --> SwitchActions --+
 *   ACD <--FastAGI--- FastAgiClient <-- channels ------+-- EmulatedSwitch (acd-emulator-switch thread)
 *   ACD <--AMI events-- AmiEventBus <-- SwitchEvents --+
 * </pre>
 */
public final class AsteriskEmulator implements AutoCloseable {

    private final EventLoopGroup group;
    private final ScheduledExecutorService switchThread;
    private final AmiServer ami;
    private final FastAgiClient agi;
    private final EmulatedSwitch sw;
    private final CallLedger ledger = new CallLedger();
    private final AmiEventBus bus;

    private AsteriskEmulator(EventLoopGroup group, ScheduledExecutorService switchThread, AmiEventBus bus,
                             AmiCredentials credentials, Map<String, PhoneBehaviour> phones, int amiPort,
                             RingPlan rings, AgiTurnaroundHandler turnarounds)
            throws InterruptedException {
        this.group = group;
        this.switchThread = switchThread;
        this.bus = bus;
        this.agi = new FastAgiClient(group, switchThread, turnarounds);
        this.sw = new EmulatedSwitch(switchThread, agi, new SwitchEvents(bus), ledger, phones, rings);
        this.ami = AmiServer.start(group, amiPort, credentials, bus, new SwitchActions(sw, switchThread));
    }

    /**
     * Binds the AMI server on 127.0.0.1:{@code amiPort} (0 picks a free port).
     *
     * @param phones the agents' phones by device, e.g. {@code PJSIP/agent1}; any other device is INVALID
     */
    public static AsteriskEmulator start(int amiPort, AmiCredentials credentials, Map<String, PhoneBehaviour> phones)
            throws InterruptedException {
        return start(amiPort, credentials, phones, RingPlan.STANDING, null);
    }

    /**
     * As {@link #start(int, AmiCredentials, Map)}, with every ring of a phone drawn by {@code rings},
     * and every FastAGI session timed for {@code turnarounds} unless it is null.
     */
    public static AsteriskEmulator start(int amiPort, AmiCredentials credentials, Map<String, PhoneBehaviour> phones,
                                         RingPlan rings, AgiTurnaroundHandler turnarounds)
            throws InterruptedException {
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(2, new DefaultThreadFactory("acd-emulator-io", true),
                NioIoHandler.newFactory());
        ScheduledExecutorService switchThread = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "acd-emulator-switch");
            thread.setDaemon(true);
            return thread;
        });
        try {
            return new AsteriskEmulator(group, switchThread, new AmiEventBus(), credentials, phones, amiPort, rings,
                    turnarounds);
        } catch (InterruptedException | RuntimeException e) {
            switchThread.shutdownNow();
            group.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
            throw e;
        }
    }

    public int amiPort() {
        return ami.address().getPort();
    }

    /** AMI connections logged in now: the ACD's, once it has connected. */
    public int amiLogins() {
        return bus.listeners();
    }

    /** The ACD's FastAGI server, the target of every {@code AGI(agi://...)}. */
    public void routeAgiTo(int agiPort) {
        agi.target(new InetSocketAddress("127.0.0.1", agiPort));
    }

    /** Places every caller at its {@link CallerPlan#atMs()} from now; the ledger settles once they all ended. */
    public void place(List<CallerPlan> callers) {
        switchThread.execute(() -> ledger.expect(ledger.placedCalls() + callers.size()));
        for (CallerPlan caller : callers) {
            switchThread.schedule(() -> sw.placeCall(caller), caller.atMs(), TimeUnit.MILLISECONDS);
        }
    }

    public CallLedger ledger() {
        return ledger;
    }

    @Override
    public void close() {
        ami.close();
        // Connections first: the sessions they close still end on the switch thread.
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
        switchThread.shutdownNow();
    }
}
