package org.acd.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A temporary journal directory for one harness run, deleted with everything in it on close. */
public final class JournalDirectory implements AutoCloseable {

    private final Path path;

    private JournalDirectory(Path path) {
        this.path = path;
    }

    public static JournalDirectory create() {
        try {
            return new JournalDirectory(Files.createTempDirectory("acd-bench-journal-"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary journal directory", e);
        }
    }

    public Path path() {
        return path;
    }

    @Override
    public void close() {
        try (Stream<Path> files = Files.walk(path)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the journal directory " + path, e);
        }
    }
}
