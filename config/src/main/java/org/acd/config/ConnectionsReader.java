package org.acd.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.acd.config.model.AddressBlock;
import org.acd.config.model.AdminListen;
import org.acd.config.model.AgiListen;
import org.acd.config.model.AmiConnection;
import org.acd.config.model.AmiSecret;
import org.acd.config.model.ServerSettings;
import org.acd.config.model.TlsFiles;
import org.acd.config.yaml.Fields;
import org.acd.config.yaml.YamlNode;

/**
 * Reads {@code server} (the server's sockets: FastAGI with the sources it accepts, the admin API with
 * its optional TLS files) and {@code asterisk} (the AMI connection). Stateless.
 */
final class ConnectionsReader {

    private static final Set<String> SERVER_KEYS = Set.of("agi", "admin");
    private static final Set<String> AGI_KEYS = Set.of("bind", "port", "allow", "max_sessions_per_source");
    private static final Set<String> ADMIN_KEYS = Set.of("bind", "port", "tls");
    private static final Set<String> TLS_KEYS = Set.of("certificate", "private_key");
    private static final int MOST_SESSIONS_PER_SOURCE = 1_000_000;
    /** What a shell accepts as a variable name: a secret pasted in by mistake almost never is one, and is not echoed. */
    private static final Pattern ENVIRONMENT_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Set<String> ASTERISK_KEYS = Set.of("ami");
    private static final Set<String> AMI_KEYS = Set.of("host", "port", "username", "secret_env", "secret_file",
            "secret");

    private ConnectionsReader() {
    }

    /** {@code server}; files it names are checked when {@code baseDirectory} is given. */
    static ServerSettings server(Fields top, Optional<Path> baseDirectory) {
        Fields server = top.section("server", false, SERVER_KEYS);
        if (server == null) {
            return ServerSettings.DEFAULTS;
        }
        return new ServerSettings(agi(server), admin(server, baseDirectory));
    }

    private static AgiListen agi(Fields server) {
        AgiListen defaults = ServerSettings.DEFAULTS.agi();
        Fields agi = server.section("agi", false, AGI_KEYS);
        if (agi == null) {
            return defaults;
        }
        List<AddressBlock> allow = defaults.allow();
        if (agi.has("allow")) {
            List<YamlNode> items = agi.list("allow", false);
            if (items.isEmpty() && agi.node("allow") instanceof YamlNode.Sequence) {
                agi.problem("allow", "must not be empty; leave it out to allow this machine only");
            }
            allow = AddressBlockReader.read(items, agi.path("allow"), agi.problems());
        }
        return new AgiListen(bind(agi, defaults.bind()), port(agi, defaults.port()), allow,
                agi.wholeNumberIn("max_sessions_per_source", false, defaults.maxSessionsPerSource(), 1,
                        MOST_SESSIONS_PER_SOURCE));
    }

    private static AdminListen admin(Fields server, Optional<Path> baseDirectory) {
        AdminListen defaults = ServerSettings.DEFAULTS.admin();
        Fields admin = server.section("admin", false, ADMIN_KEYS);
        if (admin == null) {
            return defaults;
        }
        Fields tls = admin.section("tls", false, TLS_KEYS);
        Optional<TlsFiles> files = Optional.empty();
        if (tls != null) {
            Path certificate = readableFile(tls, "certificate", baseDirectory);
            Path privateKey = readableFile(tls, "private_key", baseDirectory);
            if (certificate != null && privateKey != null) {
                files = Optional.of(new TlsFiles(certificate, privateKey));
            }
        }
        return new AdminListen(bind(admin, defaults.bind()), port(admin, defaults.port()), files);
    }

    private static String bind(Fields listen, String defaultBind) {
        String bind = listen.nonBlankText("bind", false);
        return bind == null ? defaultBind : bind;
    }

    private static int port(Fields listen, int defaultPort) {
        return listen.wholeNumberIn("port", false, defaultPort, 0, 65535);
    }

    /** The file {@code key} names, relative to the configuration's directory; checked readable when that is known. */
    private static Path readableFile(Fields fields, String key, Optional<Path> baseDirectory) {
        String name = fields.nonBlankText(key, true);
        if (name == null) {
            return null;
        }
        Path file = baseDirectory.map(directory -> directory.resolve(name)).orElse(Path.of(name));
        if (baseDirectory.isPresent() && !Files.isRegularFile(file)) {
            fields.problem(key, "'" + name + "' not found (a relative path starts at the configuration file's"
                    + " directory)");
            return null;
        }
        if (baseDirectory.isPresent() && !Files.isReadable(file)) {
            fields.problem(key, "'" + name + "' cannot be read by this user");
            return null;
        }
        return file;
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
            if (variable != null && !ENVIRONMENT_NAME.matcher(variable).matches()) {
                ami.problem("secret_env", "is not an environment variable's name (letters, digits and _, not"
                        + " starting with a digit); it names the variable that holds the secret, never the secret");
                return null;
            }
            return variable == null ? null : new AmiSecret.FromEnvironment(variable);
        }
        String file = ami.nonBlankText("secret_file", true);
        return file == null ? null : new AmiSecret.FromFile(baseDirectory.resolve(file));
    }
}
