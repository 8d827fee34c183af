package org.acd.server.admin;

import io.netty.handler.codec.http.HttpResponseStatus;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.acd.config.ConfigLoader;
import org.acd.config.InvalidConfigFileException;
import org.acd.config.model.AcdConfig;
import org.acd.core.api.AcdEvents;
import org.acd.core.api.ConfigReload;
import org.acd.core.view.ConfigReloads;
import org.acd.core.view.EngineSnapshot;

/**
 * {@code POST /api/config/reload}: reads the configuration file the server was started from again,
 * validates it as {@code acd config check} does (an invalid file answers 422 with every problem, its
 * path and line, and changes nothing), publishes it to the engine as one {@code configReloaded}
 * event, and answers with what changed once the engine applied it. The engine refuses a reload that
 * would strand live work (a removed queue with calls, a removed agent still logged in): 409 with its
 * reasons, nothing changed. One reload at a time; another asked meanwhile gets 409.
 *
 * <p>Called on the admin event loop; the answer completes on the engine thread. Once applied, the
 * listeners (the admin API's agent names, the IVR's flows) get the new configuration on that thread.
 */
final class ConfigReloadEndpoint {

    static final String PATH = "/api/config/reload";

    private final Optional<Path> configFile;
    private final AcdEvents events;
    private final AdminApi api;
    private final LongSupplier wallClockMs;
    private final List<Consumer<AcdConfig>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicBoolean reloading = new AtomicBoolean();
    private volatile AcdConfig current;

    ConfigReloadEndpoint(Optional<StartedFrom> startedFrom, AcdEvents events, AdminApi api, LongSupplier wallClockMs) {
        this.configFile = startedFrom.map(StartedFrom::file);
        this.current = startedFrom.map(StartedFrom::config).orElse(null);
        this.events = events;
        this.api = api;
        this.wallClockMs = wallClockMs;
    }

    /** {@code listener} gets each configuration the engine applied, on the engine thread: keep it short. */
    void onApplied(Consumer<AcdConfig> listener) {
        listeners.add(listener);
    }

    CompletableFuture<Object> reload() {
        if (configFile.isEmpty() || current == null) {
            throw new ApiException(HttpResponseStatus.CONFLICT, "the server was not started from a configuration"
                    + " file (acd serve --config FILE); nothing to reload");
        }
        AcdConfig next = load(configFile.get());
        if (!reloading.compareAndSet(false, true)) {
            throw new ApiException(HttpResponseStatus.CONFLICT, "a configuration reload is in progress already");
        }
        try {
            return api.snapshot().thenCompose(before -> publish(next, before.reloads()))
                    .whenComplete((answer, failure) -> reloading.set(false));
        } catch (RuntimeException e) {
            reloading.set(false);
            throw e;
        }
    }

    private static AcdConfig load(Path file) {
        try {
            return ConfigLoader.load(file);
        } catch (InvalidConfigFileException e) {
            throw new ApiException(HttpResponseStatus.UNPROCESSABLE_ENTITY, e.source() + ": " + e.problems().size()
                    + (e.problems().size() == 1 ? " problem" : " problems") + "; nothing was reloaded", e.problems());
        }
    }

    private CompletableFuture<Object> publish(AcdConfig next, ConfigReloads before) {
        events.configReloaded(wallClockMs.getAsLong(), ConfigReload.of(next.routing()));
        return api.snapshot().thenApply(after -> answer(next, before, after));
    }

    private Object answer(AcdConfig next, ConfigReloads before, EngineSnapshot after) {
        if (after.reloads().applied() == before.applied()) {
            throw new ApiException(HttpResponseStatus.CONFLICT, after.reloads().lastRejection());
        }
        ConfigChanges changes = ConfigChanges.between(current, next);
        current = next;
        api.configReloaded(next.routing());
        listeners.forEach(listener -> listener.accept(next));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reloaded", configFile.get().toString());
        body.put("summary", next.summary());
        body.put("changes", changes);
        return body;
    }
}
