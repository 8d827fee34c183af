package org.acd.server.telephony;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import org.acd.core.model.RoutingConfig;
import org.acd.core.runtime.AcdRuntime;
import org.acd.core.runtime.RuntimeOptions;
import org.acd.core.view.EngineSnapshot;
import org.acd.telephony.TelephonyAdapter;
import org.acd.telephony.TelephonySettings;

/**
 * The server process's core against a real Asterisk: the routing runtime (journal replayed first)
 * with the telephony adapter as its command executor and event source. Timers run on the wall
 * clock.
 */
public final class AcdServer implements AutoCloseable {

    /** How often time advances in the engine, i.e. how late a ring timeout or wrap-up end may fire. */
    public static final long TICK_INTERVAL_MS = 20;

    private final TelephonyAdapter adapter;
    private final AcdRuntime runtime;

    private AcdServer(TelephonyAdapter adapter, AcdRuntime runtime) {
        this.adapter = adapter;
        this.runtime = runtime;
    }

    public static AcdServer start(RoutingConfig routing, TelephonySettings telephony, RuntimeOptions options)
            throws InterruptedException {
        TelephonyAdapter adapter = TelephonyAdapter.create(telephony, routing, Clock.systemUTC());
        AcdRuntime runtime = AcdRuntime.start(routing, options.withWallClockTicks(TICK_INTERVAL_MS),
                adapter.commands());
        try {
            adapter.start(runtime.events());
        } catch (InterruptedException | RuntimeException e) {
            adapter.close();
            runtime.close();
            throw e;
        }
        return new AcdServer(adapter, runtime);
    }

    public AcdRuntime runtime() {
        return runtime;
    }

    public TelephonyAdapter adapter() {
        return adapter;
    }

    public CompletableFuture<EngineSnapshot> snapshot() {
        return runtime.snapshot();
    }

    @Override
    public void close() {
        adapter.close();
        runtime.close();
    }
}
