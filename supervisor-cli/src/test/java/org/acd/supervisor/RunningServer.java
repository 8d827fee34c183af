package org.acd.supervisor;

import java.nio.file.Path;
import org.acd.core.model.RoutingConfig;
import org.acd.core.runtime.AcdRuntime;
import org.acd.core.runtime.RuntimeOptions;
import org.acd.core.testing.Configs;
import org.acd.core.testing.RecordedCommands;
import org.acd.server.admin.AdminServer;
import org.acd.server.admin.AdminSettings;
import org.acd.server.admin.AdminSetup;
import org.acd.server.admin.AdminToken;
import org.acd.server.admin.WallboardSettings;

/**
 * The real thing acdctl talks to: a routing runtime on a journal in {@code directory} (queue
 * {@code support}; agents alice and bob; tiers standard, gold, platinum) with its admin API on
 * 127.0.0.1 and a free port, the token in {@code directory/admin-token}. Close it at the end.
 */
final class RunningServer implements AutoCloseable {

    static final RoutingConfig CONFIG = Configs.supportQueue("alice", "bob");

    final AcdRuntime runtime;
    final AdminServer admin;
    final Path tokenFile;

    RunningServer(Path directory) throws InterruptedException {
        this(directory, CONFIG);
    }

    /** The same, routing with {@code config}. */
    RunningServer(Path directory, RoutingConfig config) throws InterruptedException {
        this(directory, config, WallboardSettings.defaults());
    }

    /** The same, its wallboards colouring against {@code wallboard}. */
    RunningServer(Path directory, RoutingConfig config, WallboardSettings wallboard) throws InterruptedException {
        Path journal = directory.resolve("journal");
        tokenFile = directory.resolve("admin-token");
        runtime = AcdRuntime.start(config, RuntimeOptions.defaults(journal), new RecordedCommands());
        try {
            admin = AdminServer.start(new AdminSetup(AdminSettings.loopback(0, tokenFile),
                    AdminToken.loadOrCreate(tokenFile)).withWallboard(wallboard), runtime, config, journal, System::currentTimeMillis);
        } catch (InterruptedException | RuntimeException e) {
            runtime.close();
            throw e;
        }
    }

    String url() {
        return admin.url();
    }

    @Override
    public void close() {
        admin.close();
        runtime.close();
    }
}
