package org.acd.supervisor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Writer;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;

/**
 * Talks to the ACD admin API: sends the bearer token, reads JSON (or a report's text), and turns
 * every failure into an {@link AcdCtlException} with a message a supervisor can act on. The token
 * is sent, never shown. Used by one thread at a time.
 */
final class AdminClient {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    /** A report reads the whole journal: seconds for millions of calls, more on a busy server. */
    static final Duration REPORT_TIMEOUT = Duration.ofMinutes(2);

    private final URI base;
    private final String token;
    private final Path tokenFile;
    private final HttpClient http;

    AdminClient(URI base, String token, Path tokenFile, HttpClient http) {
        this.base = base;
        this.token = token;
        this.tokenFile = tokenFile;
        this.http = http;
    }

    JsonNode get(String path) {
        return getJson(path, TIMEOUT);
    }

    /** A JSON answer that may take up to {@code timeout}, such as a report's. */
    JsonNode getJson(String path, Duration timeout) {
        return parse(send(request(path, timeout).GET().build(), HttpResponse.BodyHandlers.ofString()));
    }

    /** A text answer (a report as a table or CSV) that may take up to {@code timeout}. */
    String getText(String path, Duration timeout) {
        return send(request(path, timeout).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    /** Copies a text answer to {@code out} as it arrives, for answers too long to hold (an export). */
    void download(String path, Duration timeout, Writer out) {
        try (Reader body = new InputStreamReader(send(request(path, timeout).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream()).body(), StandardCharsets.UTF_8)) {
            body.transferTo(out);
        } catch (IOException e) {
            throw new AcdCtlException(ExitCodes.UNREACHABLE, "the answer from " + base + " broke off: "
                    + e.getMessage());
        }
    }

    JsonNode post(String path, JsonNode body) {
        try {
            return parse(send(request(path, TIMEOUT).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                    HttpResponse.BodyHandlers.ofString()));
        } catch (JsonProcessingException e) {
            throw new AcdCtlException(ExitCodes.API_ERROR, "cannot write the request: " + e.getOriginalMessage());
        }
    }

    String url() {
        return base.toString();
    }

    private HttpRequest.Builder request(String path, Duration timeout) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(timeout)
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
    }

    /** The response when its status is a success; otherwise the API's error as an exception. */
    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        HttpResponse<T> response;
        try {
            response = http.send(request, handler);
        } catch (ConnectException e) {
            throw new AcdCtlException(ExitCodes.UNREACHABLE,
                    "cannot reach the ACD admin API at " + base + ": connection refused");
        } catch (SSLHandshakeException e) {
            throw new AcdCtlException(ExitCodes.UNREACHABLE, "cannot reach the ACD admin API at " + base
                    + ": the TLS handshake failed (" + e.getMessage() + "); name the server's certificate with --cacert"
                    + " FILE");
        } catch (SSLException e) {
            throw new AcdCtlException(ExitCodes.UNREACHABLE, "cannot reach the ACD admin API at " + base
                    + ": " + e.getMessage() + "; is it serving plain http:// rather than https://?");
        } catch (HttpTimeoutException e) {
            throw new AcdCtlException(ExitCodes.UNREACHABLE, "cannot reach the ACD admin API at " + base
                    + ": no answer within " + request.timeout().orElse(TIMEOUT).toSeconds() + " s");
        } catch (IOException e) {
            throw new AcdCtlException(ExitCodes.UNREACHABLE,
                    "cannot reach the ACD admin API at " + base + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AcdCtlException(ExitCodes.API_ERROR, "interrupted");
        }
        int status = response.statusCode();
        if (status == 401) {
            throw new AcdCtlException(ExitCodes.TOKEN, "the token in " + tokenFile + " was refused by " + base);
        }
        if (status < 200 || status >= 300) {
            JsonNode error = parse(status, text(response.body()));
            StringBuilder message = new StringBuilder(error.path("error").asText("HTTP " + status))
                    .append(" (HTTP ").append(status).append(')');
            error.path("problems").forEach(problem -> message.append("\n  ").append(problem.asText()));
            throw new AcdCtlException(exitCodeFor(status, error), message.toString());
        }
        return response;
    }

    /** 422 is a refused value of the command line, or a configuration file with problems (listed). */
    private static int exitCodeFor(int status, JsonNode error) {
        return switch (status) {
            case 400 -> ExitCodes.USAGE;
            case 422 -> error.has("problems") ? ExitCodes.INVALID_CONFIG : ExitCodes.USAGE;
            case 404 -> ExitCodes.NOT_FOUND;
            default -> ExitCodes.API_ERROR;
        };
    }

    /** An error answer's body as text, whichever way it was read. */
    private static String text(Object body) {
        if (body instanceof InputStream stream) {
            try (stream) {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "";
            }
        }
        return String.valueOf(body);
    }

    private JsonNode parse(HttpResponse<String> response) {
        return parse(response.statusCode(), response.body());
    }

    private JsonNode parse(int status, String body) {
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new AcdCtlException(ExitCodes.API_ERROR, base + " answered HTTP " + status
                    + " with something other than JSON; is it the ACD admin API?");
        }
    }
}
