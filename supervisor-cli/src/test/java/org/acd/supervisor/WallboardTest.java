package org.acd.supervisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

final class WallboardTest {

    @Test
    void shouldRedrawFromTheCursorHomeClearingEachLineInsteadOfTheScreen() {
        String frame = Wallboard.frame(List.of("queues", "agents"));

        assertEquals("\u001b[Hqueues\u001b[K\nagents\u001b[K\n\u001b[J", frame);
        assertFalse(frame.contains("\u001b[2J"), "never blanks the whole screen");
    }
}
