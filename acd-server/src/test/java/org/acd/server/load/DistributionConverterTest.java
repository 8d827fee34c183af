package org.acd.server.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.acd.simulator.scenario.Distribution;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

final class DistributionConverterTest {

    private final DistributionConverter converter = new DistributionConverter();

    @Test
    void shouldReadEveryFormAScenarioKnows() {
        assertEquals(new Distribution.Exponential(60_000), converter.convert("exponential:60s"));
        assertEquals(new Distribution.LogNormal(240_000, 120_000), converter.convert("lognormal:4m,120s"));
        assertEquals(new Distribution.Fixed(500), converter.convert("fixed:500ms"));
        assertEquals(new Distribution.Fixed(0), converter.convert("fixed:0s"));
        assertEquals(new Distribution.Never(), converter.convert("none"));
    }

    @Test
    void shouldSayWhatIsWrongAndHowToWriteIt() {
        assertMessage("gamma:3s", "'gamma:3s': 'gamma' is not a distribution; write exponential:MEAN");
        assertMessage("60s", "'60s' is not a distribution; write exponential:MEAN");
        assertMessage("lognormal:60s", "'lognormal:60s' needs 2 durations, comma-separated");
        assertMessage("exponential:0s", "'exponential:0s': a mean or deviation of 0 is no distribution");
        assertMessage("fixed:soon", "'soon' is not a duration");
    }

    private void assertMessage(String value, String start) {
        TypeConversionException e = assertThrows(TypeConversionException.class, () -> converter.convert(value));
        assertTrue(e.getMessage().startsWith(start), e.getMessage());
    }
}
