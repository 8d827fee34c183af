package org.acd.server;

import org.acd.server.chaos.ChaosCommand;
import org.acd.server.config.ConfigCommand;
import org.acd.server.demo.DemoCommand;
import org.acd.server.load.LoadCommand;
import org.acd.server.report.ReportCommand;
import org.acd.server.simulate.SimulateCommand;
import org.acd.server.staffing.StaffingCommand;
import org.acd.server.telephony.ServeCommand;
import org.acd.server.whatif.WhatIfCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code acd} entry point: parses the command line and runs one subcommand, each its own class.
 * Runs on the main thread; the exit status is the subcommand's (0 on success, 2 for bad usage).
 */
@Command(name = "acd", mixinStandardHelpOptions = true, versionProvider = AcdVersion.class,
        description = "Contact-center ACD server: routes calls to agents by skill and priority.",
        subcommands = {DemoCommand.class, ServeCommand.class, ConfigCommand.class, SimulateCommand.class,
                StaffingCommand.class, ReportCommand.class, LoadCommand.class, WhatIfCommand.class, ChaosCommand.class,
                CommandLine.HelpCommand.class})
public final class AcdMain {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The parser with every subcommand registered, as {@link #main} uses it. */
    public static CommandLine commandLine() {
        return new CommandLine(new AcdMain()).setCaseInsensitiveEnumValuesAllowed(true);
    }
}
