package org.acd.supervisor;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code acdctl}, the supervisor's command line over the ACD admin API. Parses the command line,
 * runs one subcommand on the main thread, and exits with one of {@link ExitCodes}; an
 * {@link AcdCtlException} is reported in one line on stderr.
 */
@Command(name = "acdctl", mixinStandardHelpOptions = true, versionProvider = AcdCtlVersion.class,
        description = "Watches and steers a running ACD server through its admin API.",
        footer = {"", "Exit status:", "  0  done", "  1  the admin API answered with an error (such as a call an agent has already answered)",
            "  2  bad command line, or a value of it the admin API refused",
            "  3  the admin API could not be reached", "  4  the token file is missing or its token was refused",
            "  5  no such agent, call (or report)", "  6  config check or reload: the file has problems"},
        subcommands = {StatusCommand.class, QueuesCommand.class, AgentsCommand.class, CallsCommand.class,
            AgentCommand.class, CallCommand.class, WatchCommand.class, ReportCommand.class, ExportCommand.class, ConfigCommand.class,
            CommandLine.HelpCommand.class})
public final class AcdCtl {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The parser with every subcommand and the error handling {@link #main} uses. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new AcdCtl());
        commandLine.setExecutionExceptionHandler((failure, failedCommand, parsed) -> {
            if (failure instanceof AcdCtlException known) {
                failedCommand.getErr().println("acdctl: " + known.getMessage());
                failedCommand.getErr().flush();
                return known.exitCode();
            }
            throw failure;
        });
        return commandLine;
    }
}
