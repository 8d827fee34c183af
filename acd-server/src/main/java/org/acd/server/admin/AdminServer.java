package org.acd.server.admin;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.acd.core.model.RoutingConfig;
import org.acd.core.runtime.AcdRuntime;
import org.acd.server.AcdVersion;
import org.acd.telephony.TelephonyAdapter;

/**
 * The admin HTTP API, metrics endpoint and web wallboard of a running {@link AcdRuntime}, over HTTPS
 * when its setup has a TLS context: one Netty event loop thread ({@code acd-admin}) for the
 * connections, the snapshot sampler and two outcome followers (the metrics' counters, the
 * wallboard's figures of today) on their own threads. Started and closed by the command that owns
 * the runtime, before closing it.
 */
public final class AdminServer implements AutoCloseable {

    private static final long CLOSE_QUIET_MS = 0;
    private static final long CLOSE_TIMEOUT_MS = 2_000;

    private final EventLoopGroup group;
    private final Channel serverChannel;
    private final SnapshotSampler sampler;
    private final List<OutcomeFollower> followers;
    private final AdminToken token;
    private final ReportEndpoint reports;
    private final AdminMetrics metrics;
    private final ConfigReloadEndpoint reload;
    private final boolean https;

    private AdminServer(EventLoopGroup group, Channel serverChannel, SnapshotSampler sampler,
                        List<OutcomeFollower> followers, AdminToken token, ReportEndpoint reports,
                        AdminMetrics metrics, ConfigReloadEndpoint reload, boolean https) {
        this.group = group;
        this.serverChannel = serverChannel;
        this.sampler = sampler;
        this.followers = followers;
        this.token = token;
        this.reports = reports;
        this.metrics = metrics;
        this.reload = reload;
        this.https = https;
    }

    /**
     * Starts following the outcomes journal in {@code journalDirectory} and listens; returns once
     * bound. {@code config} is the one the runtime routes with.
     *
     * @throws CannotListenException when the address is taken or not this machine's
     */
    public static AdminServer start(AdminSetup setup, AcdRuntime runtime, RoutingConfig config,
                                    Path journalDirectory, LongSupplier wallClockMs) throws InterruptedException {
        AdminSettings settings = setup.settings();
        AdminToken token = setup.token();
        WallboardAssets wallboardAssets = new WallboardAssets();
        AdminMetrics metrics = new AdminMetrics(config, runtime);
        OutcomeFollower outcomes = new OutcomeFollower();
        outcomes.start(journalDirectory, new OutcomeMeters(metrics.registry()));
        TodayKpis today = new TodayKpis(setup.wallboard().kpi(), setup.wallboard().zone());
        OutcomeFollower todayOutcomes = new OutcomeFollower();
        List<OutcomeFollower> followers = List.of(outcomes, todayOutcomes);
        try {
            todayOutcomes.start(journalDirectory, today);
        } catch (RuntimeException e) {
            followers.forEach(OutcomeFollower::close);
            throw e;
        }
        SnapshotSampler sampler = new SnapshotSampler(runtime::snapshot);
        sampler.subscribe(metrics::update);
        sampler.start();
        ReportEndpoint reports = new ReportEndpoint(journalDirectory, config);
        AdminApi api = new AdminApi(runtime, config, AcdVersion.current(), wallClockMs);
        ConfigReloadEndpoint reload = new ConfigReloadEndpoint(setup.startedFrom(), runtime.events(), api, wallClockMs);
        WallboardSource board = new WallboardSource(today, setup.wallboard(), config);
        AdminRouter router = new AdminRouter(api, sampler, metrics, reports, reload, board);
        WallboardHandler wallboard = new WallboardHandler(new WallboardAccess(token), wallboardAssets, sampler, board);
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory("acd-admin", true),
                NioIoHandler.newFactory());
        ChannelFuture bound;
        try {
            bound = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                    .childHandler(new AdminChannelInitializer(token, settings.metricsOpen(), router, wallboard,
                            setup.tls()))
                    .bind(settings.socketAddress()).await();
        } catch (InterruptedException e) {
            stop(group, sampler, followers, reports, metrics);
            throw e;
        }
        if (!bound.isSuccess()) {
            stop(group, sampler, followers, reports, metrics);
            throw new CannotListenException("cannot listen on " + settings.bindAddress() + ":" + settings.port()
                    + " for the admin API: " + bound.cause().getMessage(), bound.cause());
        }
        return new AdminServer(group, bound.channel(), sampler, followers, token, reports, metrics, reload,
                setup.tls().isPresent());
    }

    /** Where it listens; with port 0 in the settings, the port the system chose. */
    public InetSocketAddress address() {
        return (InetSocketAddress) serverChannel.localAddress();
    }

    /** The base URL clients use, e.g. {@code http://127.0.0.1:8089}, or {@code https://...} with TLS. */
    public String url() {
        InetSocketAddress address = address();
        String host = address.getHostString();
        return (https ? "https://" : "http://") + (host.contains(":") ? "[" + host + "]" : host) + ":"
                + address.getPort();
    }

    /** The file holding the token, for telling the operator where it is; never the token itself. */
    public Path tokenFile() {
        return token.file();
    }

    /** Stops listening, ends open connections and streams, stops the sampler, the follower and any report. */
    @Override
    public void close() {
        serverChannel.close().syncUninterruptibly();
        stop(group, sampler, followers, reports, metrics);
    }

    /** Adds the telephony adapter's AMI and FastAGI figures to {@code /metrics}: for a server on Asterisk. */
    public void bindTelephony(TelephonyAdapter adapter) {
        metrics.bindTelephony(adapter);
        reload.onApplied(config -> adapter.configReloaded(config.routing(), config.ivr()));
    }

    private static void stop(EventLoopGroup group, SnapshotSampler sampler, List<OutcomeFollower> followers,
                             ReportEndpoint reports, AdminMetrics metrics) {
        group.shutdownGracefully(CLOSE_QUIET_MS, CLOSE_TIMEOUT_MS, TimeUnit.MILLISECONDS).syncUninterruptibly();
        sampler.close();
        followers.forEach(OutcomeFollower::close);
        reports.close();
        metrics.close();
    }

    /** The admin API's address is taken, or is not one of this machine's. */
    public static final class CannotListenException extends RuntimeException {
        CannotListenException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
