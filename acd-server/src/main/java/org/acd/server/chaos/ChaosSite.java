package org.acd.server.chaos;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.acd.simulator.emulator.AmiCredentials;
import org.acd.simulator.load.LoadTarget;

/**
 * The contact center a chaos scenario serves: one queue, {@code agents} agents on emulated phones,
 * FastAGI and AMI on ports free when it was written, a fresh AMI secret handed to the server in
 * {@link #SECRET_VARIABLE}. Written as a configuration file into the scenario's directory, so the
 * server process reads it as any {@code acd serve --config} would.
 */
record ChaosSite(Path config, int agiPort, int amiPort, AmiCredentials credentials, List<String> phones) {

    static final String SECRET_VARIABLE = "ACD_CHAOS_AMI_SECRET";
    static final String DIGIT = "1";

    static ChaosSite write(Path directory, int agents) throws IOException {
        int agiPort = freePort();
        int amiPort = freePort();
        List<String> phones = new ArrayList<>();
        StringBuilder yaml = new StringBuilder()
                .append("# Written by acd chaos: one queue, ").append(agents).append(" agents on emulated phones.\n")
                .append("server:\n  agi: {bind: 127.0.0.1, port: ").append(agiPort).append("}\n")
                .append("asterisk:\n  ami: {host: 127.0.0.1, port: ").append(amiPort)
                .append(", username: acd, secret_env: ").append(SECRET_VARIABLE).append("}\n")
                .append("skills: [support]\n")
                .append("tiers:\n  - {id: standard, priority: 0}\n")
                .append("queues:\n  - id: support\n    skills: [{skill: support, min_proficiency: 1}]\n")
                .append("    strategy: longest_idle\n    ring_timeout: 15s\n    wrap_up: 0s\n")
                .append("inbound: {prompt: beep, digit_timeout: 3s, digits: {\"").append(DIGIT)
                .append("\": support}, default_queue: support}\n")
                .append("agents:\n");
        for (int i = 1; i <= agents; i++) {
            String id = String.format(Locale.ROOT, "a%04d", i);
            phones.add("PJSIP/" + id);
            yaml.append("  - {id: ").append(id).append(", endpoint: PJSIP/").append(id)
                    .append(", skills: {support: 5}}\n");
        }
        Path config = directory.resolve("chaos.yaml");
        Files.writeString(config, yaml, StandardCharsets.UTF_8);
        return new ChaosSite(config, agiPort, amiPort, new AmiCredentials("acd", UUID.randomUUID().toString()),
                phones);
    }

    LoadTarget loadTarget() {
        return new LoadTarget(agiPort, amiPort, credentials, phones);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress("127.0.0.1", 0));
            return socket.getLocalPort();
        }
    }
}
