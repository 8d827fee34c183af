package org.acd.server.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * One page of headless Chromium driven over the DevTools protocol, for pages that never finish
 * loading: a live stream keeps a request open, and both {@code --virtual-time-budget} (which waits
 * for the network to go quiet) and {@code --dump-dom} (which dumps at the load event) then see
 * nothing the stream delivered. Starts Chromium with {@link HeadlessChromium#flags} and
 * {@code --remote-debugging-port=0}, reads the port it chose, connects to its first page and sends
 * commands one at a time, each answered within {@link #COMMAND_TIMEOUT}. Close it to end Chromium.
 * The test's thread calls it; the WebSocket's thread only completes the answers.
 */
public final class DevToolsPage implements AutoCloseable {

    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LISTENING = "DevTools listening on ";

    private final Process chromium;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

    private DevToolsPage(Process chromium, Path profile, WebSocket socket) {
        this.chromium = chromium;
        this.profile = profile;
        this.socket = socket;
    }

    /** Starts Chromium with a window of {@code width} x {@code height} and connects to its blank page. */
    public static DevToolsPage open(int width, int height) {
        Path profile = null;
        Process chromium = null;
        try {
            profile = Files.createTempDirectory("acd-chromium-profile");
            List<String> command = HeadlessChromium.flags(profile, width, height);
            command.add("--remote-debugging-port=0");
            command.add("about:blank");
            chromium = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            int port = debuggingPort(chromium);
            HttpClient http = HttpClient.newHttpClient();
            JsonNode targets = JSON.readTree(http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/json/list")).timeout(COMMAND_TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            String pageUrl = null;
            for (JsonNode target : targets) {
                if ("page".equals(target.path("type").asText())) {
                    pageUrl = target.path("webSocketDebuggerUrl").asText();
                }
            }
            if (pageUrl == null) {
                throw new IllegalStateException("chromium lists no page to drive: " + targets);
            }
            Listener listener = new Listener();
            WebSocket socket = http.newWebSocketBuilder().connectTimeout(COMMAND_TIMEOUT)
                    .buildAsync(URI.create(pageUrl), listener).get(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            DevToolsPage page = new DevToolsPage(chromium, profile, socket);
            listener.page = page;
            // The window's size counts its frame; the page itself gets exactly width x height.
            page.command("Emulation.setDeviceMetricsOverride", JSON.createObjectNode().put("width", width)
                    .put("height", height).put("deviceScaleFactor", 1).put("mobile", false));
            return page;
        } catch (Exception e) {
            if (chromium != null) {
                chromium.destroyForcibly();
            }
            HeadlessChromium.delete(profile);
            throw new IllegalStateException("cannot drive chromium over DevTools: " + e, e);
        }
    }

    /** Chromium prints the address of its DevTools endpoint on stderr once it listens. */
    private static int debuggingPort(Process chromium) throws IOException {
        BufferedReader err = new BufferedReader(new InputStreamReader(chromium.getErrorStream(),
                StandardCharsets.UTF_8));
        String line;
        while ((line = err.readLine()) != null) {
            int at = line.indexOf(LISTENING);
            if (at >= 0) {
                URI endpoint = URI.create(line.substring(at + LISTENING.length()).strip());
                Thread drain = new Thread(() -> drain(err), "chromium-stderr");
                drain.setDaemon(true);
                drain.start();
                return endpoint.getPort();
            }
        }
        throw new IllegalStateException("chromium ended before it opened its DevTools endpoint");
    }

    /** Reads what Chromium still logs, so that it never blocks on a full pipe, until it ends. */
    private static void drain(BufferedReader err) {
        try {
            while (err.readLine() != null) {
                // Chromium's own log lines are not the test's concern
            }
        } catch (IOException closedAtTheEnd) {
            // the stream closes with the process
        }
    }

    /** Loads {@code url}, following redirects as a browser does. */
    public void navigate(String url) {
        ObjectNode params = JSON.createObjectNode().put("url", url);
        JsonNode answer = command("Page.navigate", params);
        if (answer.has("errorText")) {
            throw new IllegalStateException("chromium could not load " + url + ": " + answer.get("errorText"));
        }
    }

    /** The value of a JavaScript expression in the page, as JSON. */
    public JsonNode evaluate(String expression) {
        ObjectNode params = JSON.createObjectNode().put("expression", expression).put("returnByValue", true);
        JsonNode answer = command("Runtime.evaluate", params);
        if (answer.has("exceptionDetails")) {
            throw new IllegalStateException("the page threw on " + expression + ": " + answer.get("exceptionDetails"));
        }
        return answer.path("result").path("value");
    }

    /**
     * Evaluates {@code expression} every 100 ms until it is true; fails after {@code timeout}. While
     * the page is still loading the expression may throw, which counts as false.
     */
    public void await(String expression, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String guarded = "(() => { try { return Boolean(" + expression + "); } catch (e) { return false; } })()";
        BooleanSupplier holds = () -> evaluate(guarded).asBoolean(false);
        while (!holds.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the page did not come to " + expression + " within " + timeout
                        + "; it is at " + evaluate("location.href").asText() + " and reads: "
                        + evaluate("document.body ? document.body.innerText.slice(0, 500) : ''").asText());
            }
            Thread.sleep(100);
        }
    }

    /** The page's DOM as it is now, serialized. */
    public String dom() {
        return evaluate("document.documentElement.outerHTML").asText();
    }

    /** What the window shows now, written to {@code png}. */
    public void screenshot(Path png) {
        JsonNode answer = command("Page.captureScreenshot", JSON.createObjectNode().put("format", "png"));
        try {
            Files.write(png, Base64.getDecoder().decode(answer.path("data").asText()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + png, e);
        }
    }

    private JsonNode command(String method, ObjectNode params) {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", params);
        try {
            socket.sendText(message.toString(), true).get(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            JsonNode reply = answer.get(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            if (reply.has("error")) {
                throw new IllegalStateException(method + " failed: " + reply.get("error"));
            }
            return reply.path("result");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for " + method, e);
        } catch (Exception e) {
            throw new IllegalStateException(method + " got no answer: " + e, e);
        } finally {
            pending.remove(id);
        }
    }

    @Override
    public void close() {
        socket.abort();
        chromium.descendants().forEach(ProcessHandle::destroy);
        chromium.destroy();
        try {
            if (!chromium.waitFor(10, TimeUnit.SECONDS)) {
                chromium.descendants().forEach(ProcessHandle::destroyForcibly);
                chromium.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        HeadlessChromium.delete(profile);
    }

    /** Collects text frames and hands each command's answer to whoever waits for it; events pass by. */
    private static final class Listener implements WebSocket.Listener {
        private final StringBuilder frame = new StringBuilder();
        private volatile DevToolsPage page;

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            frame.append(data);
            if (last) {
                try {
                    JsonNode message = JSON.readTree(frame.toString());
                    CompletableFuture<JsonNode> waiting = message.has("id") && page != null
                            ? page.pending.get(message.get("id").asInt()) : null;
                    if (waiting != null) {
                        waiting.complete(message);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("chromium sent a DevTools message that is not JSON", e);
                } finally {
                    frame.setLength(0);
                }
            }
            socket.request(1);
            return null;
        }
    }
}
