package org.acd.simulator.sipp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.acd.simulator.sipp.SippTimedCallers.Arrival;
import org.junit.jupiter.api.Test;

final class SippTimedCallersTest {

    @Test
    void shouldPauseEachCallUntilItsArrivalBeforeTheInvite() throws Exception {
        String template = Files.readString(Path.of("..").resolve("config/sipp/caller.xml"));

        String scenario = SippTimedCallers.scenario(template);

        int pause = scenario.indexOf("<pause variable=\"arrive_ms\"/>");
        int invite = scenario.indexOf("INVITE sip:");
        assertTrue(pause > scenario.indexOf("<scenario") && pause < invite, "the arrival pause comes before the INVITE");
        assertTrue(scenario.contains("value=\"[field5]\""), "the arrival time is the sixth injection field");
        assertEquals(template.length(), scenario.replace(scenario.substring(scenario.indexOf("<nop>"),
                scenario.indexOf("<send")), "").length(), "nothing else of caller.xml changes");
    }

    @Test
    void shouldWriteTheArrivalTimeAfterCallerXmlsFields() {
        SippTimedCallers callers = new SippTimedCallers("callers", List.of(
                new Arrival(0, new SippCall("5553000", "100", "1", 100, 4_000)),
                new Arrival(1_250, new SippCall("5553001", "100", "1", 100, 52_000))), 0);

        assertEquals(List.of("SEQUENTIAL", "5553000;100;1;100;4000;0", "5553001;100;1;100;52000;1250"),
                callers.injection());
    }

    @Test
    void shouldRefuseANegativeArrivalTime() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new Arrival(-1, new SippCall("5553000", "100", "1", 100, 4_000)));
        assertEquals("atMs must not be negative, not -1", error.getMessage());
    }
}
