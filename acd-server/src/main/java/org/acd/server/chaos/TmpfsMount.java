package org.acd.server.chaos;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A small tmpfs mounted on a directory of the scenario, for a journal disk that is full or
 * read-only on demand; unmounted on close. Needs root (mount(8)); without it, {@link #mount} fails
 * saying so. Used on the scenario's thread.
 */
final class TmpfsMount implements AutoCloseable {

    private final Path directory;

    private TmpfsMount(Path directory) {
        this.directory = directory;
    }

    /** Mounts a tmpfs of {@code sizeMib} MiB on {@code directory} (created). */
    static TmpfsMount mount(Path directory, int sizeMib) throws IOException, InterruptedException {
        Files.createDirectories(directory);
        run(List.of("mount", "-t", "tmpfs", "-o", "size=" + sizeMib + "m,mode=700", "tmpfs", directory.toString()));
        return new TmpfsMount(directory);
    }

    /** Mounts it again read-only: what is on it stays readable, nothing can be written. */
    void makeReadOnly() throws IOException, InterruptedException {
        run(List.of("mount", "-o", "remount,ro", directory.toString()));
    }

    Path directory() {
        return directory;
    }

    /** Writes a file of zeros until the file system refuses (ENOSPC); returns the file. */
    Path fill() throws IOException {
        Path filler = directory.resolve("filler");
        byte[] block = new byte[1 << 16];
        try (var out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            if (Files.getFileStore(directory).getUsableSpace() > block.length) {
                throw full;
            }
        }
        return filler;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        run(List.of("umount", directory.toString()));
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException(String.join(" ", command) + " did not finish within 30 s");
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed (exit " + process.exitValue() + "): " + output
                    + (ProcessHandle.current().info().user().orElse("").equals("root") ? ""
                    : "; the disk scenarios mount a tmpfs and need root"));
        }
    }
}
