package org.acd.config;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.acd.config.model.AmiConnection;
import org.acd.config.model.AmiSecret;
import org.acd.config.model.ListenAddress;
import org.acd.config.model.ServerSettings;
import org.acd.config.yaml.Fields;

/** Reads {@code server} (the server's sockets) and {@code asterisk} (the AMI connection). Stateless. */
final class ConnectionsReader {

    private static final Set<String> SERVER_KEYS = Set.of("agi", "admin");
    private static final Set<String> LISTEN_KEYS = Set.of("bind", "port");
    private static final Set<String> ASTERISK_KEYS = Set.of("ami");
    private static final Set<String> AMI_KEYS = Set.of("host", "port", "username", "secret_env", "secret_file",
            "secret");

    private ConnectionsReader() {
    }

    static ServerSettings server(Fields top) {
        Fields server = top.section("server", false, SERVER_KEYS);
        if (server == null) {
            return ServerSettings.DEFAULTS;
        }
        return new ServerSettings(listen(server, "agi", ServerSettings.DEFAULTS.agi()),
                listen(server, "admin", ServerSettings.DEFAULTS.admin()));
    }

    private static ListenAddress listen(Fields server, String key, ListenAddress defaults) {
        Fields listen = server.section(key, false, LISTEN_KEYS);
        if (listen == null) {
            return defaults;
        }
        String bind = listen.nonBlankText("bind", false);
        int port = listen.wholeNumberIn("port", false, defaults.port(), 0, 65535);
        return new ListenAddress(bind == null ? defaults.bind() : bind, port);
    }

    static Optional<AmiConnection> asterisk(Fields top, Path baseDirectory) {
        Fields asterisk = top.section("asterisk", false, ASTERISK_KEYS);
        Fields ami = asterisk == null ? null : asterisk.section("ami", true, AMI_KEYS);
        if (ami == null) {
            return Optional.empty();
        }
        String host = ami.nonBlankText("host", true);
        int port = ami.wholeNumberIn("port", false, 5038, 1, 65535);
        String username = ami.nonBlankText("username", true);
        if (ami.has("secret")) {
            ami.problem("secret", "never write the secret into the file; name where it is with secret_env or"
                    + " secret_file");
        }
        AmiSecret secret = secret(ami, baseDirectory);
        if (host == null || username == null || secret == null) {
            return Optional.empty();
        }
        return Optional.of(new AmiConnection(host, port, username, secret));
    }

    private static AmiSecret secret(Fields ami, Path baseDirectory) {
        if (ami.has("secret_env") == ami.has("secret_file")) {
            ami.problems().add(ami.path(), "give exactly one of secret_env and secret_file", ami.line());
            return null;
        }
        if (ami.has("secret_env")) {
            String variable = ami.nonBlankText("secret_env", true);
            return variable == null ? null : new AmiSecret.FromEnvironment(variable);
        }
        String file = ami.nonBlankText("secret_file", true);
        return file == null ? null : new AmiSecret.FromFile(baseDirectory.resolve(file));
    }
}
