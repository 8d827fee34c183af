package org.acd.server.staffing;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.acd.simulator.staffing.Forecast;
import org.acd.simulator.staffing.ForecastInterval;
import org.acd.simulator.staffing.ForecastReader;
import org.acd.simulator.staffing.InvalidForecastException;
import org.acd.simulator.staffing.StaffingCalculator;
import org.acd.simulator.staffing.StaffingFigures;
import org.acd.simulator.staffing.StaffingTarget;
import org.acd.simulator.staffing.Verification;
import org.acd.simulator.staffing.Workload;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code acd staffing}: the fewest agents that meet a service-level and/or abandon-rate target, by
 * Erlang A (Erlang C without patience), for one workload given by options or for every interval of
 * a forecast CSV file, as a table, JSON or CSV; with {@code --verify}, each recommendation checked by
 * simulation on the real engine. Runs on the main thread; exit status 0, or 2 for bad
 * options, an unreadable or invalid forecast (every problem printed) or an unreachable target.
 */
@Command(name = "staffing", mixinStandardHelpOptions = true,
        description = {
            "The fewest agents that meet a target, by Erlang A (exponential patience) or Erlang C (no patience), "
                    + "for one workload (--calls, --aht) or per interval of a forecast CSV file "
                    + "(interval_start,calls,aht_seconds[,patience_seconds]).",
            "Service level = answered within the threshold / answered, as the KPI reports count it."})
public final class StaffingCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "FORECAST", description = "Forecast CSV file; omit to give --calls and --aht.")
    private Path forecastFile;

    @Option(names = "--calls", paramLabel = "N", description = "Expected calls in one interval (without FORECAST).")
    private Double calls;

    @Option(names = "--aht", paramLabel = "DURATION", description = "Mean handle time, e.g. 180s (without FORECAST).")
    private String aht;

    @Option(names = "--interval", paramLabel = "DURATION",
            description = "Interval length, e.g. 30m (default: 30m, or the forecast's first gap).")
    private String interval;

    @Option(names = "--patience", paramLabel = "DURATION|none", defaultValue = "none",
            description = "Mean patience (exponential) where the forecast has none, e.g. 120s; none = Erlang C "
                    + "(default: ${DEFAULT-VALUE}).")
    private String patience;

    @Option(names = "--service-level", paramLabel = "PCT/DURATION",
            description = "Target share of answered calls answered within a threshold, e.g. 80/20s.")
    private String serviceLevel;

    @Option(names = "--max-abandon", paramLabel = "PCT", description = "Highest acceptable abandon rate, e.g. 5%%.")
    private String maxAbandon;

    @Option(names = "--shrinkage", paramLabel = "PCT", defaultValue = "0",
            description = "Share of paid time off the phones (breaks, training); scheduled = needed / (1 - shrinkage).")
    private String shrinkage;

    @ArgGroup(exclusive = true)
    private Format format = new Format();

    @Mixin
    private VerifyOptions verification;

    @Spec
    private CommandSpec spec;

    static final class Format {
        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Option(names = "--csv", description = "Print CSV.")
        boolean csv;
    }

    CommandLine commandLine() {
        return spec.commandLine();
    }

    @Override
    public Integer call() {
        StaffingTarget target = target();
        verification.check(this, format.csv);
        double shrinkageShare = StaffingArguments.share(this, "--shrinkage", shrinkage);
        double defaultPatience = StaffingArguments.patienceSeconds(this, patience);
        Forecast forecast;
        try {
            forecast = forecastFile == null ? singleInterval(defaultPatience) : readForecast();
        } catch (InvalidForecastException e) {
            PrintWriter err = spec.commandLine().getErr();
            e.problems().forEach(err::println);
            err.flush();
            return 2;
        } catch (UncheckedIOException e) {
            return fail(e.getMessage());
        }
        List<StaffingRow> rows = new ArrayList<>();
        for (ForecastInterval row : forecast.intervals()) {
            StaffingFigures figures;
            Verification verified;
            try {
                Workload workload = row.isQuiet() ? null : row.workload(forecast.intervalSeconds(), defaultPatience);
                figures = workload == null ? null : StaffingCalculator.staff(workload, target);
                verified = workload == null ? null : verification.verify(workload, target, figures);
            } catch (IllegalArgumentException e) {
                return fail((forecastFile == null ? "" : forecastFile.getFileName() + ":" + row.line() + ": ")
                        + e.getMessage());
            }
            double patienceSeconds = Double.isNaN(row.patienceSeconds()) ? defaultPatience : row.patienceSeconds();
            int agents = figures == null ? 0 : figures.agents();
            rows.add(new StaffingRow(forecastFile == null ? "-" : row.start(), row.calls(), row.handleSeconds(),
                    patienceSeconds, figures, scheduled(agents, shrinkageShare), verified));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format.json) {
            out.println(StaffingJson.render(rows, target, forecast.intervalSeconds(), shrinkageShare));
        } else if (format.csv) {
            StaffingCsv.print(out, rows);
        } else {
            StaffingTable.print(out, rows, target, forecast.intervalSeconds(), shrinkageShare);
            if (verification.verify) {
                VerificationTable.print(out, rows, target, verification.callsOrDefault(), verification.seedOrDefault());
            }
        }
        out.flush();
        return 0;
    }

    /** Agents to schedule so that {@code needed} remain after {@code shrinkage}; a tiny tolerance keeps 14 / 0.7 at 20. */
    static int scheduled(int needed, double shrinkage) {
        return (int) Math.ceil(needed / (1.0 - shrinkage) - 1e-9);
    }

    private StaffingTarget target() {
        if (serviceLevel == null && maxAbandon == null) {
            throw new ParameterException(commandLine(), "give a target: --service-level (e.g. 80/20s), "
                    + "--max-abandon (e.g. 5%) or both");
        }
        double[] level = serviceLevel == null ? new double[] {Double.NaN, 0}
                : StaffingArguments.serviceLevel(this, serviceLevel);
        double abandon = maxAbandon == null ? Double.NaN : StaffingArguments.share(this, "--max-abandon", maxAbandon);
        try {
            return new StaffingTarget(level[0], level[1], abandon);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(commandLine(), e.getMessage());
        }
    }

    private Forecast singleInterval(double patienceSeconds) {
        if (calls == null || aht == null) {
            throw new ParameterException(commandLine(), "give a FORECAST file, or --calls and --aht");
        }
        double handleSeconds = StaffingArguments.seconds(this, "--aht", aht);
        if (!(calls >= 0) || handleSeconds <= 0) {
            throw new ParameterException(commandLine(), "--calls must be 0 or more and --aht positive");
        }
        double intervalSeconds = interval == null ? 1800 : intervalSeconds();
        return new Forecast((long) intervalSeconds,
                List.of(new ForecastInterval("-", 0, calls, handleSeconds, patienceSeconds)));
    }

    private Forecast readForecast() {
        if (calls != null || aht != null) {
            throw new ParameterException(commandLine(), "--calls and --aht are for one workload; the FORECAST file "
                    + "gives them per interval");
        }
        return ForecastReader.read(forecastFile, interval == null ? 0 : (long) intervalSeconds());
    }

    private double intervalSeconds() {
        double seconds = StaffingArguments.seconds(this, "--interval", interval);
        if (seconds < 1) {
            throw StaffingArguments.bad(this, "--interval", interval, "a duration of a second or more, like 30m");
        }
        return seconds;
    }

    private int fail(String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("acd staffing: " + message);
        err.flush();
        return 2;
    }
}
