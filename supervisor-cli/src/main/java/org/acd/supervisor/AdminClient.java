package org.acd.supervisor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Path;
import java.time.Duration;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;

/**
 * Talks to the ACD admin API: sends the bearer token, reads JSON, and turns every failure into an
 * {@link AcdCtlException} with a message a supervisor can act on. The token is sent, never shown.
 * Used by one thread at a time.
 */
final class AdminClient {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Duration TIMEOUT = Duration.ofSeconds(10);

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
        return send(request(path).GET().build());
    }

    JsonNode post(String path, JsonNode body) {
        try {
            return send(request(path).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build());
        } catch (JsonProcessingException e) {
            throw new AcdCtlException(ExitCodes.API_ERROR, "cannot write the request: " + e.getOriginalMessage());
        }
    }

    String url() {
        return base.toString();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
    }

    private JsonNode send(HttpRequest request) {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
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
            throw new AcdCtlException(ExitCodes.UNREACHABLE,
                    "cannot reach the ACD admin API at " + base + ": no answer within " + TIMEOUT.toSeconds() + " s");
        } catch (IOException e) {
            throw new AcdCtlException(ExitCodes.UNREACHABLE,
                    "cannot reach the ACD admin API at " + base + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AcdCtlException(ExitCodes.API_ERROR, "interrupted");
        }
        return answer(response);
    }

    private JsonNode answer(HttpResponse<String> response) {
        int status = response.statusCode();
        if (status == 401) {
            throw new AcdCtlException(ExitCodes.TOKEN, "the token in " + tokenFile + " was refused by " + base);
        }
        JsonNode body = parse(response);
        if (status >= 200 && status < 300) {
            return body;
        }
        String message = body.path("error").asText("HTTP " + status);
        throw new AcdCtlException(status == 404 ? ExitCodes.NOT_FOUND : ExitCodes.API_ERROR,
                message + " (HTTP " + status + ")");
    }

    private JsonNode parse(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (JsonProcessingException e) {
            throw new AcdCtlException(ExitCodes.API_ERROR, base + " answered HTTP " + response.statusCode()
                    + " with something other than JSON; is it the ACD admin API?");
        }
    }
}
