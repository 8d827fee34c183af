package org.acd.ivr;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.acd.config.model.BusinessHours;
import org.acd.config.model.OpenPeriod;

/**
 * Whether the contact center is open at an instant, from the configuration's {@code business_hours}
 * and {@code holidays}: open within a period of that day of the week in the configured time zone,
 * unless the day is a holiday. Without business hours it is always open. Immutable; any thread.
 */
public final class BusinessCalendar {

    private final Optional<BusinessHours> hours;

    public BusinessCalendar(Optional<BusinessHours> hours) {
        this.hours = hours;
    }

    public boolean isOpen(Instant instant) {
        if (hours.isEmpty()) {
            return true;
        }
        BusinessHours schedule = hours.get();
        ZonedDateTime local = instant.atZone(schedule.zone());
        boolean holiday = schedule.holidays().stream().anyMatch(day -> day.date().equals(local.toLocalDate()));
        if (holiday) {
            return false;
        }
        List<OpenPeriod> periods = schedule.weekly().getOrDefault(local.getDayOfWeek(), List.of());
        return periods.stream().anyMatch(period -> !local.toLocalTime().isBefore(period.from())
                && local.toLocalTime().isBefore(period.to()));
    }
}
