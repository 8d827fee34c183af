package org.acd.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

final class DurationConverterTest {

    private final DurationConverter converter = new DurationConverter();

    @Test
    void shouldReadEachUnitAndTakeABareNumberAsSeconds() {
        assertEquals(Duration.ofMillis(500), converter.convert("500ms"));
        assertEquals(Duration.ofSeconds(90), converter.convert("90s"));
        assertEquals(Duration.ofMinutes(5), converter.convert("5m"));
        assertEquals(Duration.ofHours(2), converter.convert("2h"));
        assertEquals(Duration.ofSeconds(45), converter.convert("45"));
    }

    @Test
    void shouldRejectZeroNegativeAndUnknownUnits() {
        assertThrows(TypeConversionException.class, () -> converter.convert("0s"));
        assertThrows(TypeConversionException.class, () -> converter.convert("-5s"));
        assertThrows(TypeConversionException.class, () -> converter.convert("5 days"));
    }
}
