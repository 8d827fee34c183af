package org.acd.server.config;

import picocli.CommandLine.Command;

/** {@code acd config}: commands about the configuration file; only {@code check} for now. */
@Command(name = "config", mixinStandardHelpOptions = true, description = "Works with the configuration file.",
        subcommands = ConfigCheckCommand.class)
public final class ConfigCommand {
}
