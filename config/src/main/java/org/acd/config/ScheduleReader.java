package org.acd.config;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acd.config.model.BusinessHours;
import org.acd.config.model.Holiday;
import org.acd.config.model.OpenPeriod;
import org.acd.config.yaml.Fields;
import org.acd.config.yaml.Scalars;
import org.acd.config.yaml.YamlNode;

/**
 * Reads {@code business_hours} ({@code time_zone}, {@code weekly: {monday: [08:00-20:00], ...}}) and
 * {@code holidays} ({@code [{date: 2026-12-25, name: ...}]}). Periods of a day must not overlap.
 * Stateless.
 */
final class ScheduleReader {

    private static final Set<String> HOURS_KEYS = Set.of("time_zone", "weekly");
    private static final Set<String> HOLIDAY_KEYS = Set.of("date", "name");
    private static final Set<String> DAYS = Set.copyOf(Arrays.stream(DayOfWeek.values())
            .map(day -> day.name().toLowerCase(Locale.ROOT)).toList());
    private static final Pattern PERIOD = Pattern.compile("(\\d{2}:\\d{2})\\s*-\\s*(\\d{2}:\\d{2})");

    private ScheduleReader() {
    }

    static Optional<BusinessHours> read(Fields top) {
        Fields hours = top.section("business_hours", false, HOURS_KEYS);
        if (hours == null) {
            if (!holidays(top).isEmpty()) {
                top.problem("holidays", "holidays need business_hours (their time zone)");
            }
            return Optional.empty();
        }
        ZoneId zone = zone(hours);
        Map<DayOfWeek, List<OpenPeriod>> weekly = new EnumMap<>(DayOfWeek.class);
        Fields days = hours.section("weekly", true, DAYS);
        if (days != null) {
            for (String day : days.keys()) {
                if (DAYS.contains(day)) {
                    weekly.put(DayOfWeek.valueOf(day.toUpperCase(Locale.ROOT)), periods(days, day));
                }
            }
        }
        List<Holiday> holidays = holidays(top);
        return zone == null ? Optional.empty() : Optional.of(new BusinessHours(zone, weekly, holidays));
    }

    private static ZoneId zone(Fields hours) {
        String text = hours.nonBlankText("time_zone", true);
        if (text == null) {
            return null;
        }
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            hours.problem("time_zone", "'" + text + "' is not a time zone; write it like Europe/Berlin or UTC");
            return null;
        }
    }

    private static List<OpenPeriod> periods(Fields days, String day) {
        List<OpenPeriod> periods = new ArrayList<>();
        List<YamlNode> items = days.list(day, false);
        for (int i = 0; i < items.size(); i++) {
            String path = days.path(day) + "[" + i + "]";
            YamlNode item = items.get(i);
            Optional<OpenPeriod> period = Scalars.text(item).flatMap(ScheduleReader::period);
            if (period.isEmpty()) {
                days.problems().add(path, "'" + Scalars.text(item).orElse(item.kind()) + "' is not a period;"
                        + " write it like 08:00-20:00", item.line());
            } else if (periods.stream().anyMatch(other -> overlap(other, period.get()))) {
                days.problems().add(path, "overlaps another period of " + day, item.line());
            } else {
                periods.add(period.get());
            }
        }
        return periods;
    }

    private static Optional<OpenPeriod> period(String text) {
        Matcher matcher = PERIOD.matcher(text.trim());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            LocalTime from = LocalTime.parse(matcher.group(1));
            LocalTime to = LocalTime.parse(matcher.group(2));
            return from.isBefore(to) ? Optional.of(new OpenPeriod(from, to)) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static boolean overlap(OpenPeriod a, OpenPeriod b) {
        return a.from().isBefore(b.to()) && b.from().isBefore(a.to());
    }

    private static List<Holiday> holidays(Fields top) {
        List<Holiday> holidays = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        List<YamlNode> items = top.list("holidays", false);
        for (int i = 0; i < items.size(); i++) {
            Fields holiday = Fields.of(items.get(i), "holidays[" + i + "]", top.problems(), HOLIDAY_KEYS);
            if (holiday == null) {
                continue;
            }
            String text = holiday.text("date", true);
            String name = holiday.nonBlankText("name", false);
            if (text == null) {
                continue;
            }
            try {
                LocalDate date = LocalDate.parse(text.trim());
                if (!seen.add(date)) {
                    holiday.problem("date", date + " is listed twice");
                }
                holidays.add(new Holiday(date, name == null ? "" : name));
            } catch (DateTimeParseException e) {
                holiday.problem("date", "'" + text + "' is not a date; write it like 2026-12-25");
            }
        }
        return holidays;
    }
}
