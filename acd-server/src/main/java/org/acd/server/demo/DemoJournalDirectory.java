package org.acd.server.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.acd.core.journal.JournalDirectory;

/**
 * Where the demo's journal lives: a fresh temporary directory, deleted when the demo ends, or a
 * directory the user keeps. Either starts empty, so the runtime has nothing to replay.
 */
final class DemoJournalDirectory {

    private final Path path;
    private final boolean kept;

    private DemoJournalDirectory(Path path, boolean kept) {
        this.path = path;
        this.kept = kept;
    }

    static DemoJournalDirectory temporary() {
        try {
            return new DemoJournalDirectory(Files.createTempDirectory("acd-demo-"), false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory for the demo's journal", e);
        }
    }

    /** A directory to keep, created owner-only like every journal; check it with {@link #whyUnusable} first. */
    static DemoJournalDirectory kept(Path path) {
        JournalDirectory.prepare(path, List.of());
        return new DemoJournalDirectory(path, true);
    }

    /** Why {@code path} cannot hold a new demo journal, or empty when it can. */
    static Optional<String> whyUnusable(Path path) {
        if (!Files.exists(path)) {
            return Optional.empty();
        }
        if (!Files.isDirectory(path)) {
            return Optional.of(path + " is a file, not a directory");
        }
        try (Stream<Path> entries = Files.list(path)) {
            return entries.findAny().map(entry -> path + " already holds files (" + entry.getFileName()
                    + "); the demo needs a new or empty directory");
        } catch (IOException e) {
            return Optional.of("cannot read " + path + ": " + e.getMessage());
        }
    }

    Path path() {
        return path;
    }

    boolean isKept() {
        return kept;
    }

    /** Deletes a temporary directory with everything in it; a kept one stays. */
    void release() {
        if (kept) {
            return;
        }
        try (Stream<Path> entries = Files.walk(path)) {
            for (Path entry : entries.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(entry);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the demo's journal in " + path, e);
        }
    }
}
