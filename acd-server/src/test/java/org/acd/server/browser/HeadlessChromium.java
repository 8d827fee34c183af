package org.acd.server.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Debian's headless Chromium ({@code /usr/bin/chromium}, installed by {@code scripts/install-chromium})
 * driven from a test: each call starts one browser with a fresh profile directory, loads one URL,
 * writes a screenshot or prints the DOM at the load event, and ends: right for a static page. A
 * page with a live stream never goes quiet (and {@code --virtual-time-budget} waits for quiet
 * forever), so it needs {@link DevToolsPage}. The flags are those that work on the project's
 * machines: without the background-networking ones Chromium's own connections are refused and it
 * stalls. Called on the test's thread.
 */
public final class HeadlessChromium {

    public static final Path EXECUTABLE = Path.of("/usr/bin/chromium");
    private static final long TIMEOUT_SECONDS = 90;

    private final int width;
    private final int height;

    public HeadlessChromium(int width, int height) {
        this.width = width;
        this.height = height;
    }

    /** Loads {@code url} and writes what the window shows to {@code png}. */
    public void screenshot(String url, Path png) {
        run(url, List.of("--screenshot=" + png.toAbsolutePath()));
        if (!Files.isRegularFile(png)) {
            throw new IllegalStateException("chromium wrote no screenshot of " + url + " to " + png);
        }
    }

    /** Loads {@code url} and answers the DOM as the page left it, serialized. */
    public String dumpDom(String url) {
        return run(url, List.of("--dump-dom"));
    }

    /** The command line every test's Chromium starts with: headless, a fresh profile, a fixed window. */
    static List<String> flags(Path profile, int width, int height) {
        if (!Files.isExecutable(EXECUTABLE)) {
            throw new IllegalStateException(EXECUTABLE + " is missing: the browser tests need Debian's chromium; "
                    + "run scripts/install-chromium as root");
        }
        return new ArrayList<>(List.of(EXECUTABLE.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--hide-scrollbars", "--user-data-dir=" + profile,
                "--window-size=" + width + "," + height));
    }

    private String run(String url, List<String> action) {
        Path profile = null;
        Path output = null;
        try {
            profile = Files.createTempDirectory("acd-chromium-profile");
            output = Files.createTempFile("acd-chromium", ".out");
            List<String> command = flags(profile, width, height);
            command.addAll(action);
            command.add(url);
            Process chromium = new ProcessBuilder(command).redirectErrorStream(false)
                    .redirectOutput(output.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (!chromium.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                chromium.descendants().forEach(ProcessHandle::destroyForcibly);
                chromium.destroyForcibly();
                throw new IllegalStateException("chromium did not finish with " + url + " within " + TIMEOUT_SECONDS
                        + " s");
            }
            if (chromium.exitValue() != 0) {
                throw new IllegalStateException("chromium exited with status " + chromium.exitValue() + " on " + url);
            }
            return Files.readString(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + EXECUTABLE, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while chromium loaded " + url, e);
        } finally {
            delete(profile);
            delete(output);
        }
    }

    static void delete(Path path) {
        if (path == null) {
            return;
        }
        try (Stream<Path> tree = Files.walk(path)) {
            tree.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + path, e);
        }
    }
}
