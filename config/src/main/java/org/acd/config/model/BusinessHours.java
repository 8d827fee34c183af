package org.acd.config.model;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** When the contact center is open: periods per day of the week in a time zone; days not listed are closed. */
public record BusinessHours(ZoneId zone, Map<DayOfWeek, List<OpenPeriod>> weekly, List<Holiday> holidays) {

    public BusinessHours {
        weekly = Map.copyOf(weekly);
        holidays = List.copyOf(holidays);
    }
}
