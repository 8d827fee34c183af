package org.acd.simulator.emulator;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.net.InetSocketAddress;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Plays Asterisk towards an ACD over real TCP on 127.0.0.1: an AMI server and FastAGI sessions to
 * the ACD, trunk callers and agents' phones, and a {@link CallLedger} of what the callers went
 * through. Start it, point the ACD's AMI at {@link #amiPort()}, tell it the ACD's FastAGI port with
 * {@link #routeAgiTo}, then {@link #place} callers (or {@link #placeEach} of an endless stream), and,
 * with agents at the phones ({@link #startWithAgents}), {@link #logInAgents}. Safe to call from any
 * thread.
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
                             AmiCredentials credentials, Map<String, PhoneBehaviour> phones,
                             Map<String, AgentHabits> agents, long agentsSeed, int amiPort, RingPlan rings,
                             AgiTurnaroundHandler turnarounds)
            throws InterruptedException {
        this.group = group;
        this.switchThread = switchThread;
        this.bus = bus;
        this.agi = new FastAgiClient(group, switchThread, turnarounds);
        this.sw = new EmulatedSwitch(switchThread, agi, new SwitchEvents(bus), ledger, phones, rings);
        SplittableRandom random = new SplittableRandom(agentsSeed);
        agents.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(agent -> sw.addAgent(agent.getKey(), agent.getValue(), random.split()));
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
        return start(amiPort, credentials, phones, Map.of(), 0, rings, turnarounds);
    }

    /**
     * As {@link #start(int, AmiCredentials, Map)}, with an agent at each phone who answers, lets rings go, talks, takes
     * breaks and dials feature codes as {@code habits} say; each agent draws from its own random
     * source, split from {@code seed}. The agents log in once {@link #logInAgents} is called.
     *
     * @param agents the agents' habits by their phone's device, e.g. {@code PJSIP/1001}
     */
    public static AsteriskEmulator startWithAgents(int amiPort, AmiCredentials credentials,
                                                   Map<String, AgentHabits> agents, long seed)
            throws InterruptedException {
        return start(amiPort, credentials, Map.of(), agents, seed, RingPlan.STANDING, null);
    }

    private static AsteriskEmulator start(int amiPort, AmiCredentials credentials, Map<String, PhoneBehaviour> phones,
                                          Map<String, AgentHabits> agents, long agentsSeed, RingPlan rings,
                                          AgiTurnaroundHandler turnarounds)
            throws InterruptedException {
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(2, new DefaultThreadFactory("acd-emulator-io", true),
                NioIoHandler.newFactory());
        ScheduledExecutorService switchThread = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "acd-emulator-switch");
            thread.setDaemon(true);
            return thread;
        });
        try {
            return new AsteriskEmulator(group, switchThread, new AmiEventBus(), credentials, phones, agents,
                    agentsSeed, amiPort, rings, turnarounds);
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

    /** AMI Originate actions received so far, from every login: how often the ACD rang an agent. Any thread. */
    public long originatesReceived() {
        return sw.originates();
    }

    /**
     * Asterisk's manager interface goes away, as when Asterisk restarts or the network between
     * them breaks: every AMI connection is dropped and new ones are refused until {@link #amiBack()}.
     * Calls go on meanwhile; their events reach no one.
     */
    public void amiDown() {
        ami.goDown();
    }

    /** The manager interface listens again on its port after {@link #amiDown()}. */
    public void amiBack() throws InterruptedException {
        ami.comeBack();
    }

    /** Cuts up to {@code count} of the FastAGI sessions open now, mid-flow; returns how many. Any thread. */
    public int cutAgiSessions(int count) {
        return agi.cut(count);
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

    /**
     * Places callers one after the other as {@code callers} hands them out, each at its
     * {@link CallerPlan#atMs()} from now (in increasing order), until it has no more or the
     * emulator holds still; an endless iterator makes a steady stream. The iterator is used on the
     * switch thread only. The ledger is not told how many to expect.
     */
    public void placeEach(Iterator<CallerPlan> callers) {
        long startNs = System.nanoTime();
        switchThread.execute(() -> placeNext(callers, startNs));
    }

    private void placeNext(Iterator<CallerPlan> callers, long startNs) {
        if (!callers.hasNext()) {
            return;
        }
        CallerPlan caller = callers.next();
        long dueInMs = caller.atMs() - TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNs);
        sw.after(Math.max(0, dueInMs), () -> {
            sw.placeCall(caller);
            placeNext(callers, startNs);
        });
    }

    /** The agents of {@link #startWithAgents} dial the login code ({@code *71}) and start their day. */
    public void logInAgents() {
        switchThread.execute(sw::logInAgents);
    }

    /**
     * Stops every caller and agent where they are: no caller arrives any more or hangs up, no
     * phone answers or hangs up, no agent dials a code. AMI actions and FastAGI commands are still
     * answered, so the ACD can finish what it started; the calls stay up until {@link #close}.
     * Returns once the switch holds still.
     */
    public void holdStill() throws InterruptedException {
        onSwitchThread(() -> {
            sw.holdStill();
            return null;
        });
    }

    /** The trunk callers still on the line now. */
    public List<LiveCall> liveCalls() throws InterruptedException {
        return onSwitchThread(sw::liveCalls);
    }

    private <T> T onSwitchThread(Callable<T> work) throws InterruptedException {
        try {
            return switchThread.submit(work).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the emulated switch failed", e.getCause());
        }
    }

    public CallLedger ledger() {
        return ledger;
    }

    @Override
    public void close() {
        ami.close();
        // Connections first: a FastAGI session that ends while they close still hops onto the switch thread.
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
        switchThread.shutdownNow();
    }
}
