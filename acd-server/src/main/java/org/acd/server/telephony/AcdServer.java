package org.acd.server.telephony;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import org.acd.core.journal.IvrJournal;
import org.acd.core.model.RoutingConfig;
import org.acd.core.runtime.AcdRuntime;
import org.acd.core.runtime.RuntimeOptions;
import org.acd.core.view.EngineSnapshot;
import org.acd.telephony.TelephonyAdapter;
import org.acd.telephony.TelephonySettings;
import org.acd.telephony.ivr.JournaledIvrOutcomes;
import org.acd.telephony.ivr.SnapshotQueueInsight;

/**
 * The server process's core against a real Asterisk: the routing runtime (journal replayed first)
 * with the telephony adapter as its command executor and event source, and the IVR journal
 * ({@code ivr/} in the journal directory) for what trunk callers did in the IVR. Timers run on the
 * wall clock.
 */
public final class AcdServer implements AutoCloseable {

    /** How often time advances in the engine, i.e. how late a ring timeout or wrap-up end may fire. */
    public static final long TICK_INTERVAL_MS = 20;
    /** The handle time the IVR's wait estimate assumes for a queue before its first completed call. */
    public static final long ASSUMED_HANDLE_MS = 180_000;

    private final TelephonyAdapter adapter;
    private final AcdRuntime runtime;
    private final IvrJournal ivrJournal;

    private AcdServer(TelephonyAdapter adapter, AcdRuntime runtime, IvrJournal ivrJournal) {
        this.adapter = adapter;
        this.runtime = runtime;
        this.ivrJournal = ivrJournal;
    }

    public static AcdServer start(RoutingConfig routing, TelephonySettings telephony, RuntimeOptions options)
            throws InterruptedException {
        TelephonyAdapter adapter = TelephonyAdapter.create(telephony, routing, Clock.systemUTC());
        AcdRuntime runtime;
        try {
            runtime = AcdRuntime.start(routing, options.withWallClockTicks(TICK_INTERVAL_MS), adapter.commands());
        } catch (RuntimeException e) {
            adapter.close();
            throw e;
        }
        IvrJournal ivrJournal = new IvrJournal(options.journalDirectory());
        try {
            adapter.start(runtime.events(), runtime::snapshot,
                    new SnapshotQueueInsight(runtime::snapshot, ASSUMED_HANDLE_MS),
                    new JournaledIvrOutcomes(ivrJournal.writer()));
        } catch (InterruptedException | RuntimeException e) {
            adapter.close();
            ivrJournal.close();
            runtime.close();
            throw e;
        }
        return new AcdServer(adapter, runtime, ivrJournal);
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
        ivrJournal.close();
        runtime.close();
    }
}
