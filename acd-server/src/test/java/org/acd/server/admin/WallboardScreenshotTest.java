package org.acd.server.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.nio.file.Path;
import java.time.Duration;
import org.acd.core.api.AcdEvents;
import org.acd.core.api.QueueRequest;
import org.acd.server.browser.DevToolsPage;
import org.acd.server.browser.Screenshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web wallboard in headless Chromium against a running server (the real routing runtime and
 * admin API on 127.0.0.1): opened with the token as a wall screen is, it shows the queue with the
 * values of the stream, coloured against the thresholds, on a dark screen. Needs
 * {@code /usr/bin/chromium} ({@code scripts/install-chromium}).
 */
@Tag("browser")
final class WallboardScreenshotTest {

    private static final int WIDTH = 1920;
    private static final int HEIGHT = 1080;
    private static final int BACKGROUND = 0x0b0f16;
    private static final int ALARM = 0xff5b52;

    @TempDir
    Path temp;

    private RunningAdmin admin;

    @BeforeEach
    void start() throws Exception {
        admin = new RunningAdmin(temp);
        long nowMs = System.currentTimeMillis();
        AcdEvents events = admin.runtime.events();
        events.callQueued(nowMs - 65_000, 1, "support", "standard", "5550101", QueueRequest.NONE);
        events.callQueued(nowMs - 62_000, 2, "support", "standard", "5550102", QueueRequest.NONE);
        events.agentLoggedIn(nowMs, "alice");
        events.agentReady(nowMs, "alice");
        events.agentAnswered(nowMs, "alice", 1);
        events.agentLoggedIn(nowMs, "bob");
        events.agentNotReady(nowMs, "bob", "lunch");
        events.callQueued(nowMs, 3, "support", "standard", "5550103", QueueRequest.NONE);
    }

    @AfterEach
    void stop() {
        admin.close();
    }

    @Test
    void shouldShowTheQueueFromTheStreamColouredAgainstTheThresholds() throws Exception {
        try (DevToolsPage page = DevToolsPage.open(WIDTH, HEIGHT)) {
            page.navigate(admin.server.url() + "/wallboard?token=" + admin.token());
            page.await("document.getElementById('status').textContent === 'live'"
                    + " && document.querySelector('[data-queue=\"support\"] .waiting')?.textContent === '2'",
                    Duration.ofSeconds(30));

            assertEquals(admin.server.url() + "/wallboard", page.evaluate("location.href").asText(),
                    "the token is gone from the address");
            String dom = page.dom();
            assertTrue(dom.contains("<h2>support</h2>"), dom);
            String longest = page.evaluate("document.querySelector('[data-queue=\"support\"] .longest-wait')"
                    + ".className").asText();
            assertEquals("value longest-wait alarm", longest, "a wait over a minute is red, as acdctl shows it");
            assertEquals("value service-level alarm", page.evaluate(
                    "document.querySelector('[data-queue=\"support\"] .service-level').className").asText(),
                    "the one call answered today waited over 20 s");
            assertEquals("0.0%", page.evaluate(
                    "document.querySelector('[data-queue=\"support\"] .service-level').textContent").asText());
            assertEquals("1", page.evaluate(
                    "document.querySelector('[data-queue=\"support\"] .answered').textContent").asText());
            assertEquals("1", page.evaluate("document.querySelector('[data-state=\"ON_CALL\"] .value').textContent")
                    .asText());
            assertTrue(page.evaluate("document.querySelector('[data-agent=\"bob\"]').textContent").asText()
                    .contains("Not ready (lunch)"));

            Path png = temp.resolve("wallboard.png");
            page.screenshot(png);
            Screenshot screenshot = Screenshot.read(png);
            assertEquals(WIDTH, screenshot.width());
            assertEquals(HEIGHT, screenshot.height());
            assertTrue(screenshot.colourCount() > 50, "not blank: " + screenshot.colourCount() + " colours");
            int dark = screenshot.count(BACKGROUND, new Rectangle(0, 0, WIDTH, HEIGHT));
            assertTrue(dark > WIDTH * HEIGHT / 3, "a dark screen: " + dark + " background pixels");
            Rectangle red = screenshot.boundsOf(ALARM);
            assertNotNull(red, "the alarm colour is on the screen");
            assertTrue(red.height > 40, "large enough to read across a room: " + red);
        }
    }
}
