package org.acd.server.admin;

import io.netty.handler.ssl.SslContext;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import org.acd.config.model.TlsFiles;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The admin API's command-line options, shared by {@code acd serve} and {@code acd demo}. Read on
 * the main thread before the server starts.
 */
public final class AdminOptions {

    @Option(names = "--admin-port", paramLabel = "PORT", defaultValue = "8089",
            description = "Port of the admin HTTP API and /metrics, 0 for any free one (default: ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--admin-bind", paramLabel = "ADDRESS", defaultValue = AdminSettings.LOOPBACK,
            description = "Address the admin API listens on (default: ${DEFAULT-VALUE}, this machine only).")
    private String bindAddress;

    @Option(names = "--admin-token-file", paramLabel = "FILE",
            description = "File holding the admin API's bearer token, created owner-only (rw-------) when "
                    + "missing (default: ~/.acd/admin-token, where acdctl looks).")
    private Path tokenFile;

    @Option(names = "--admin-tls-certificate", paramLabel = "FILE",
            description = "Serve the admin API over HTTPS with this PEM certificate (chain); needs --admin-tls-key.")
    private Path tlsCertificate;

    @Option(names = "--admin-tls-key", paramLabel = "FILE",
            description = "The PEM private key (PKCS#8) of --admin-tls-certificate.")
    private Path tlsKey;

    @Option(names = "--metrics-open",
            description = "Serve /metrics without the token, for a Prometheus scraper (the API still needs it).")
    private boolean metricsOpen;

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    /** The settings and the token (made if missing), or a usage error naming the option at fault. */
    public AdminSetup setup() {
        return setup(bindAddress, port, Optional.empty());
    }

    /**
     * As {@link #setup()}, with the address and TLS files of a configuration file where the command
     * line gives none: {@code --admin-bind}, {@code --admin-port} and the {@code --admin-tls-*}
     * options still win.
     */
    public AdminSetup setup(String configuredBind, int configuredPort, Optional<TlsFiles> configuredTls) {
        String bind = spec.commandLine().getParseResult().hasMatchedOption("--admin-bind") ? bindAddress
                : configuredBind;
        int listenPort = spec.commandLine().getParseResult().hasMatchedOption("--admin-port") ? port
                : configuredPort;
        AdminSettings settings = settings(bind, listenPort);
        Optional<SslContext> tls = tls(configuredTls);
        return new AdminSetup(settings, token(settings), tls);
    }

    private Optional<SslContext> tls(Optional<TlsFiles> configured) {
        if ((tlsCertificate == null) != (tlsKey == null)) {
            throw new ParameterException(spec.commandLine(), "Invalid admin API option: give both "
                    + "--admin-tls-certificate and --admin-tls-key, or neither");
        }
        Optional<TlsFiles> files = tlsCertificate != null ? Optional.of(new TlsFiles(tlsCertificate, tlsKey))
                : configured;
        try {
            return files.map(tls -> AdminTls.serverContext(tls.certificate(), tls.privateKey()));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "Invalid admin API TLS: " + e.getMessage());
        }
    }

    private AdminSettings settings(String bind, int listenPort) {
        try {
            return new AdminSettings(bind, listenPort,
                    tokenFile != null ? tokenFile : AdminSettings.defaultTokenFile(), metricsOpen);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "Invalid admin API option: " + e.getMessage());
        }
    }

    private AdminToken token(AdminSettings settings) {
        try {
            return AdminToken.loadOrCreate(settings.tokenFile());
        } catch (IllegalStateException | UncheckedIOException e) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--admin-token-file': "
                    + e.getMessage());
        }
    }

    /** A usage error for an address the admin API cannot listen on. */
    public ParameterException cannotListen(AdminServer.CannotListenException e) {
        return new ParameterException(spec.commandLine(), e.getMessage() + "; choose another with --admin-port or "
                + "--admin-bind");
    }
}
