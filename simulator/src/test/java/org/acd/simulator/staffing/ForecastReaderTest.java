package org.acd.simulator.staffing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ForecastReaderTest {

    private static List<String> problems(String text, long intervalSeconds) {
        return assertThrows(InvalidForecastException.class,
                () -> ForecastReader.parse(text, "forecast.csv", intervalSeconds)).problems();
    }

    @Test
    void shouldReadRowsAndTakeTheIntervalFromTheFirstGap() {
        Forecast forecast = ForecastReader.parse("""
                interval_start,calls,aht_seconds,patience_seconds
                # morning
                08:00,100,180,120
                08:30,120.5,175,

                09:00,0,180,none
                """, "forecast.csv", 0);

        assertEquals(1800, forecast.intervalSeconds());
        assertEquals(List.of(new ForecastInterval("08:00", 3, 100, 180, 120),
                new ForecastInterval("08:30", 4, 120.5, 175, Double.NaN),
                new ForecastInterval("09:00", 6, 0, 180, Workload.NO_ABANDONS)), forecast.intervals());
        assertTrue(forecast.intervals().get(2).isQuiet());
    }

    @Test
    void shouldAcceptColumnsInAnyOrderDatesAndALongerGapForClosedHours() {
        Forecast forecast = ForecastReader.parse("""
                calls,interval_start,aht_seconds
                10,2024-05-06T08:00,200
                12,2024-05-06 08:15,210
                9,2024-05-07T08:00,190
                """, "forecast.csv", 0);

        assertEquals(900, forecast.intervalSeconds());
        assertEquals(new ForecastInterval("2024-05-06 08:15", 3, 12, 210, Double.NaN), forecast.intervals().get(1));
    }

    @Test
    void shouldNameFileLineColumnAndValueOfEveryBadField() {
        List<String> problems = problems("""
                interval_start,calls,aht_seconds
                08:00,100,180
                08:30,x,180
                09:00,-3,0
                09:30,50
                10:00,50,1e3
                8h,50,180
                """, 0);

        assertEquals(List.of(
                "forecast.csv:3: calls 'x' is not a number",
                "forecast.csv:4: calls '-3' must be 0 or more",
                "forecast.csv:4: aht_seconds '0' must be positive",
                "forecast.csv:5: 2 fields, expected 3 as in the header",
                "forecast.csv:6: aht_seconds '1e3' is not a number",
                "forecast.csv:7: interval_start '8h' is not a time; write it like 08:30 or 2024-05-06T08:30"), problems);
    }

    @Test
    void shouldRefuseAHeaderWithoutARequiredColumnOrWithAnUnknownOne() {
        assertEquals(List.of(
                "forecast.csv:1: unknown column 'volume'; expected interval_start, calls, aht_seconds and optionally "
                        + "patience_seconds",
                "forecast.csv:1: the header has no column 'calls'"),
                problems("interval_start,volume,aht_seconds\n08:00,1,180\n", 0));
    }

    @Test
    void shouldRefuseIntervalsOutOfOrderOrOverlapping() {
        assertEquals(List.of("forecast.csv:4: interval_start '08:15' is not after the row of line 3"),
                problems("interval_start,calls,aht_seconds\n08:00,1,180\n08:30,1,180\n08:15,1,180\n", 0));
        assertEquals(List.of("forecast.csv:4: interval_start '08:45' is 900 s after '08:30', but an interval lasts 1800 s"),
                problems("interval_start,calls,aht_seconds\n08:00,1,180\n08:30,1,180\n08:45,1,180\n", 0));
    }

    @Test
    void shouldAskForTheIntervalLengthOfASingleRow() {
        assertEquals(List.of("forecast.csv: one interval only; give its length (--interval)"),
                problems("interval_start,calls,aht_seconds\n08:00,100,180\n", 0));
        assertEquals(1800, ForecastReader.parse("interval_start,calls,aht_seconds\n08:00,100,180\n", "f.csv", 1800)
                .intervalSeconds());
    }

    @Test
    void shouldRefuseAnEmptyFileAndSayWhenTheFileIsMissing() {
        assertEquals(List.of("forecast.csv: empty; expected a header interval_start,calls,aht_seconds[,patience_seconds]"),
                problems("\n# nothing\n", 0));
        assertThrows(UncheckedIOException.class, () -> ForecastReader.read(Path.of("no/such/forecast.csv"), 0));
    }
}
