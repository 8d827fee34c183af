package org.acd.ivr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.acd.config.ConfigLoader;
import org.acd.config.model.AcdConfig;
import org.junit.jupiter.api.Test;

final class IvrSettingsTest {

    @Test
    void shouldTakeTheDirectorysDefaultTierTimeoutAndBusinessHoursFromTheConfiguration() {
        AcdConfig retail = ConfigLoader.load(RetailFlowTest.RETAIL);

        IvrSettings settings = IvrSettings.from(retail);

        assertEquals("standard", settings.defaultTier());
        assertEquals(Set.of("standard", "gold", "platinum"), settings.tiers());
        assertEquals(2_000, settings.lookupTimeoutMs());
        assertTrue(settings.calendar().isOpen(Instant.parse("2026-11-28T13:00:00Z")), "Saturday 14:00 in Berlin");
        assertFalse(settings.calendar().isOpen(Instant.parse("2026-11-28T12:00:00Z")),
                "Saturday 13:00 in Berlin is the lunch break");
    }

    @Test
    void shouldRefuseADefaultTierThatIsNotATier() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new IvrSettings("diamond", Set.of("standard"), 1, 1, 1, new BusinessCalendar(Optional.empty())));

        assertEquals("defaultTier 'diamond' is not one of the tiers [standard]", refused.getMessage());
    }

    @Test
    void shouldRefuseATimeoutThatIsNotPositive() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new IvrSettings("standard", Set.of("standard"), 0, 1, 1, new BusinessCalendar(Optional.empty())));

        assertEquals("lookupTimeoutMs must be positive, not 0", refused.getMessage());
    }
}
