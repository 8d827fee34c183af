package org.acd.core.journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.acd.core.model.RoutingConfig;
import org.acd.core.model.RoutingConfigCodec;

/**
 * The routing configuration the events journal began with, in the file {@code start-config} of the
 * journal directory ({@link RoutingConfigCodec}'s encoding). Replay must start from it, not from
 * today's file: events before a journaled configuration reload were routed under the older one.
 * Written once, when a journal without it is opened (for a journal kept from before it existed,
 * the configuration it is opened with stands in). Called at start, before the pipeline runs.
 */
public final class JournalStartConfig {

    static final String FILE = "start-config";

    private JournalStartConfig() {
    }

    /** The configuration the journal in {@code directory} began with; {@code opening} if it has none yet. */
    public static RoutingConfig readOrKeep(Path directory, RoutingConfig opening) {
        Path file = directory.resolve(FILE);
        try {
            if (Files.exists(file)) {
                return RoutingConfigCodec.decode(Files.readString(file, StandardCharsets.UTF_8).strip());
            }
            replace(directory, opening);
            return opening;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the journal's " + file + " (" + e + ")", e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(file + " is not a configuration this server can read: " + e.getMessage(),
                    e);
        }
    }

    /** Makes {@code config} the one the journal began with: for a journal that holds no event yet. */
    public static void replace(Path directory, RoutingConfig config) {
        Path file = directory.resolve(FILE);
        try {
            Path written = Files.writeString(directory.resolve(FILE + ".new"), RoutingConfigCodec.encode(config),
                    StandardCharsets.UTF_8);
            Files.move(written, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the journal's " + file + " (" + e + ")", e);
        }
    }
}
