package org.acd.simulator.staffing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads a forecast CSV file: a header {@code interval_start,calls,aht_seconds[,patience_seconds]}
 * (any order), then one row per interval. {@code interval_start} is a time of day ({@code 08:30})
 * or a date and time ({@code 2024-05-06T08:30} or {@code 2024-05-06 08:30}), increasing;
 * {@code patience_seconds} is a number, {@code none} (callers never hang up) or empty (the
 * command's default). Blank lines and lines starting with {@code #} are skipped.
 *
 * <p>The interval length is given, or else the gap between the first two rows; a later gap may be
 * longer (closed hours) but not shorter. Every problem is collected, each as
 * {@code file:line: column 'value' what is wrong}, and thrown together. Called by
 * {@code acd staffing} on its thread; stateless.
 */
public final class ForecastReader {

    private static final String START = "interval_start";
    private static final String CALLS = "calls";
    private static final String AHT = "aht_seconds";
    private static final String PATIENCE = "patience_seconds";
    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,12}(?:\\.\\d{1,9})?");
    private static final LocalDate TIME_OF_DAY_DATE = LocalDate.of(2000, 1, 1);

    private final String name;
    private final List<String> problems = new ArrayList<>();
    private final List<ForecastInterval> intervals = new ArrayList<>();
    private final List<Long> startsSeconds = new ArrayList<>();
    private int startColumn = -1;
    private int callsColumn = -1;
    private int ahtColumn = -1;
    private int patienceColumn = -1;
    private int columns;
    private Boolean withDates;
    private long previousStartSeconds = Long.MIN_VALUE;
    private int previousLine;
    private long firstGapSeconds;

    private ForecastReader(String name) {
        this.name = name;
    }

    /**
     * Reads {@code file}; {@code intervalSeconds} is the interval length, or 0 to take the gap
     * between its first two rows.
     *
     * @throws InvalidForecastException with every problem of the file
     * @throws UncheckedIOException     if the file cannot be read
     */
    public static Forecast read(Path file, long intervalSeconds) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read forecast " + file + ": " + e.getMessage(), e);
        }
        return parse(text, file.toString(), intervalSeconds);
    }

    /** Reads {@code text}, naming it {@code name} in problems; otherwise as {@link #read}. */
    public static Forecast parse(String text, String name, long intervalSeconds) {
        return new ForecastReader(name).parse(text, intervalSeconds);
    }

    private Forecast parse(String text, long intervalSeconds) {
        String[] lines = text.split("\r?\n", -1);
        boolean headerRead = false;
        for (int index = 0; index < lines.length; index++) {
            String line = lines[index].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (headerRead) {
                row(index + 1, line.split(",", -1));
            } else {
                headerRead = true;
                if (!header(index + 1, line.split(",", -1))) {
                    throw new InvalidForecastException(problems);
                }
            }
        }
        if (!headerRead) {
            problems.add(name + ": empty; expected a header " + START + "," + CALLS + "," + AHT + "[," + PATIENCE + "]");
        } else if (intervals.isEmpty() && problems.isEmpty()) {
            problems.add(name + ": no intervals after the header");
        }
        long length = intervalSeconds > 0 ? intervalSeconds : firstGapSeconds;
        if (problems.isEmpty() && length == 0) {
            problems.add(name + ": one interval only; give its length (--interval)");
        }
        if (problems.isEmpty()) {
            checkGaps(length);
        }
        if (!problems.isEmpty()) {
            throw new InvalidForecastException(problems);
        }
        return new Forecast(length, intervals);
    }

    private boolean header(int line, String[] names) {
        columns = names.length;
        for (int column = 0; column < names.length; column++) {
            String columnName = names[column].strip().toLowerCase(Locale.ROOT);
            switch (columnName) {
                case START -> startColumn = column;
                case CALLS -> callsColumn = column;
                case AHT -> ahtColumn = column;
                case PATIENCE -> patienceColumn = column;
                default -> problems.add(name + ":" + line + ": unknown column '" + names[column].strip()
                        + "'; expected " + START + ", " + CALLS + ", " + AHT + " and optionally " + PATIENCE);
            }
        }
        requireColumn(line, START, startColumn);
        requireColumn(line, CALLS, callsColumn);
        requireColumn(line, AHT, ahtColumn);
        return problems.isEmpty();
    }

    private void requireColumn(int line, String column, int index) {
        if (index < 0) {
            problems.add(name + ":" + line + ": the header has no column '" + column + "'");
        }
    }

    private void row(int line, String[] fields) {
        if (fields.length != columns) {
            problems.add(name + ":" + line + ": " + fields.length + " fields, expected " + columns + " as in the header");
            return;
        }
        int before = problems.size();
        String start = fields[startColumn].strip();
        long startSeconds = startSeconds(line, start);
        double calls = number(line, CALLS, fields[callsColumn], true);
        double aht = number(line, AHT, fields[ahtColumn], false);
        double patience = patienceColumn < 0 ? Double.NaN : patience(line, fields[patienceColumn]);
        if (problems.size() > before) {
            return;
        }
        if (startSeconds <= previousStartSeconds) {
            problems.add(name + ":" + line + ": " + START + " '" + start + "' is not after the row of line " + previousLine);
            return;
        }
        if (previousStartSeconds != Long.MIN_VALUE && firstGapSeconds == 0) {
            firstGapSeconds = startSeconds - previousStartSeconds;
        }
        previousStartSeconds = startSeconds;
        previousLine = line;
        startsSeconds.add(startSeconds);
        intervals.add(new ForecastInterval(start, line, calls, aht, patience));
    }

    private void checkGaps(long lengthSeconds) {
        for (int i = 1; i < intervals.size(); i++) {
            long gap = startsSeconds.get(i) - startsSeconds.get(i - 1);
            if (gap < lengthSeconds) {
                ForecastInterval interval = intervals.get(i);
                problems.add(String.format(Locale.ROOT, "%s:%d: %s '%s' is %d s after '%s', but an interval lasts %d s",
                        name, interval.line(), START, interval.start(), gap, intervals.get(i - 1).start(), lengthSeconds));
            }
        }
    }

    private long startSeconds(int line, String text) {
        try {
            boolean hasDate = text.contains("-");
            if (withDates != null && withDates != hasDate) {
                problems.add(name + ":" + line + ": " + START + " '" + text + "' mixes "
                        + (hasDate ? "a date and time with times of day" : "a time of day with dates and times")
                        + " in the rows above");
                return 0;
            }
            withDates = hasDate;
            return parseStart(text).toEpochSecond(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            problems.add(name + ":" + line + ": " + START + " '" + text
                    + "' is not a time; write it like 08:30 or 2024-05-06T08:30");
            return 0;
        }
    }

    private static LocalDateTime parseStart(String text) {
        return text.contains("-") ? LocalDateTime.parse(text.replace(' ', 'T'))
                : LocalDateTime.of(TIME_OF_DAY_DATE, LocalTime.parse(text));
    }

    private double number(int line, String column, String field, boolean zeroAllowed) {
        String text = field.strip();
        if (!NUMBER.matcher(text).matches()) {
            problems.add(name + ":" + line + ": " + column + " '" + text + "' is not a number");
            return Double.NaN;
        }
        double value = Double.parseDouble(text);
        if (value < 0 || (!zeroAllowed && value == 0)) {
            problems.add(name + ":" + line + ": " + column + " '" + text + "' must be "
                    + (zeroAllowed ? "0 or more" : "positive"));
            return Double.NaN;
        }
        return value;
    }

    private double patience(int line, String field) {
        String text = field.strip();
        if (text.isEmpty()) {
            return Double.NaN;
        }
        if (text.equalsIgnoreCase("none")) {
            return Workload.NO_ABANDONS;
        }
        return number(line, PATIENCE, text, false);
    }
}
