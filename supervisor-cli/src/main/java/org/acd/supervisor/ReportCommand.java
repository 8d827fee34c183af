package org.acd.supervisor;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code acdctl report abandon|service|agents|ivr|abandoned-calls}: a report the server recomputes
 * from its journal ({@code GET /api/reports/NAME}), printed as the server renders it in the format
 * asked for. The format is passed through, so a format the server adds needs no change here.
 * Main thread.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Reports from the server's journal: abandon rate, service level, agents, the IVR, "
                + "the abandoned calls.", "Every figure is recomputed from the journal for the window asked."},
        subcommands = {ReportCommand.Abandon.class, ReportCommand.Service.class, ReportCommand.Agents.class,
            ReportCommand.Ivr.class, ReportCommand.AbandonedCalls.class})
final class ReportCommand {

    /** What every report shares: the connection, the format, and how the answer is printed. */
    abstract static class Report implements Callable<Integer> {

        @Mixin
        private ConnectionOptions connection;

        @Mixin
        private ReportOptions.Window window;

        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
                description = "table, csv or json, or another format the server offers (default: ${DEFAULT-VALUE}).")
        private String format;

        @Option(names = "--json", description = "The server's JSON answer: the same as --format json.")
        private boolean json;

        @Spec
        private CommandSpec spec;

        /** The report's name in the API's path. */
        abstract String name();

        /** Adds the report's own options as query parameters. */
        abstract void addOptions(ReportOptions.Query query);

        @Override
        public Integer call() {
            if (json && !format.equals("table") && !format.equals("json")) {
                throw new AcdCtlException(ExitCodes.USAGE, "--json and --format " + format
                        + " ask for two formats; give one");
            }
            String chosen = json ? "json" : format;
            ReportOptions.Query query = new ReportOptions.Query();
            window.addTo(query);
            addOptions(query);
            query.add("format", chosen);
            String path = query.on("api/reports/" + name());
            PrintWriter out = spec.commandLine().getOut();
            AdminClient client = connection.client();
            if (chosen.equals("json")) {
                out.println(pretty(client, path));
            } else {
                out.print(client.getText(path, AdminClient.REPORT_TIMEOUT));
            }
            out.flush();
            return ExitCodes.OK;
        }

        private static String pretty(AdminClient client, String path) {
            try {
                return AdminClient.JSON.writerWithDefaultPrettyPrinter()
                        .writeValueAsString(client.getJson(path, AdminClient.REPORT_TIMEOUT));
            } catch (JsonProcessingException e) {
                throw new AcdCtlException(ExitCodes.API_ERROR, "cannot print the answer: " + e.getOriginalMessage());
            }
        }
    }

    /** The reports of call KPIs: broken down by queue, tier or interval, filtered, with their thresholds. */
    abstract static class CallReport extends Report {
        @Mixin
        private ReportOptions.Breakdown breakdown;
        @Mixin
        private ReportOptions.QueueFilter queue;
        @Mixin
        private ReportOptions.TierFilter tier;
        @Mixin
        private ReportOptions.ShortAbandon shortAbandon;
        @Mixin
        private ReportOptions.ServiceLevel serviceLevel;

        @Override
        void addOptions(ReportOptions.Query query) {
            breakdown.addTo(query);
            queue.addTo(query);
            tier.addTo(query);
            shortAbandon.addTo(query);
            serviceLevel.addTo(query);
        }
    }

    @Command(name = "abandon", mixinStandardHelpOptions = true,
            description = {"Offered, abandoned, short abandons, abandon rate, time to abandon, longest wait, "
                + "timeouts and overflows, per queue, tier or interval, then all calls.",
                "Abandon rate = abandoned, not short / (offered - short abandons)."})
    static final class Abandon extends CallReport {
        @Override
        String name() {
            return "abandon";
        }
    }

    @Command(name = "service", mixinStandardHelpOptions = true,
            description = {"Offered, answered, service level (answered within the threshold / answered), "
                + "service level 2, removed within the threshold, ASA and longest wait, per queue, tier or "
                + "interval, then all calls."})
    static final class Service extends CallReport {
        @Override
        String name() {
            return "service";
        }
    }

    @Command(name = "agents", mixinStandardHelpOptions = true,
            description = {"Per agent: calls answered and completed, AHT, ACW, occupancy, time on call, ready "
                + "and in wrap-up, RONAs.", "With --queue, only that queue's calls; agent time is not per queue."})
    static final class Agents extends Report {
        @Mixin
        private ReportOptions.QueueFilter queue;

        @Override
        String name() {
            return "agents";
        }

        @Override
        void addOptions(ReportOptions.Query query) {
            queue.addTo(query);
        }
    }

    @Command(name = "ivr", mixinStandardHelpOptions = true,
            description = {"Per IVR flow, then for every call that entered the IVR: entered, contained (ended "
                + "after self-service), containment, queued, hung up in the IVR, other exits, where callers left.",
                "--from and --to count the calls that first entered the IVR in that window."})
    static final class Ivr extends Report {
        @Override
        String name() {
            return "ivr";
        }

        @Override
        void addOptions(ReportOptions.Query query) {
            // The window and the format are all it takes.
        }
    }

    @Command(name = "abandoned-calls", mixinStandardHelpOptions = true,
            description = "The callers who hung up before an agent answered, to call back: caller, queue, tier, "
                + "entry time, wait, position, whether the abandon was short.")
    static final class AbandonedCalls extends Report {
        @Mixin
        private ReportOptions.QueueFilter queue;
        @Mixin
        private ReportOptions.TierFilter tier;
        @Mixin
        private ReportOptions.ShortAbandon shortAbandon;

        @Override
        String name() {
            return "abandoned-calls";
        }

        @Override
        void addOptions(ReportOptions.Query query) {
            queue.addTo(query);
            tier.addTo(query);
            shortAbandon.addTo(query);
        }
    }
}
