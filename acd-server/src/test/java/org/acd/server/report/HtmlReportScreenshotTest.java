package org.acd.server.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.acd.server.AcdMain;
import org.acd.server.browser.HeadlessChromium;
import org.acd.server.browser.Screenshot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The HTML report of {@link KnownJournal} as headless Chromium renders it: the charts' colours stand
 * where the layout puts them, at the heights the data gives (the plot is 206 px high at scale 1), and
 * the escaped names stay text. Needs {@code /usr/bin/chromium} ({@code scripts/install-chromium}).
 */
@Tag("browser")
final class HtmlReportScreenshotTest {

    private static final int WIDTH = 1280;
    private static final int HEIGHT = 1800;
    private static final int PLOT_HEIGHT = 206;

    @TempDir
    static Path temp;

    private static String url;
    private static Screenshot screenshot;

    @BeforeAll
    static void renderAndCapture() throws IOException {
        Path journal = temp.resolve("journal");
        KnownJournal.write(journal);
        StringWriter out = new StringWriter();
        CommandLine commandLine = AcdMain.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        assertEquals(0, commandLine.execute("report", "--journal", journal.toString(), "--format", "html"));
        Path page = temp.resolve("report.html");
        Files.writeString(page, out.toString());
        url = page.toUri().toString();
        Path png = temp.resolve("report.png");
        new HeadlessChromium(WIDTH, HEIGHT).screenshot(url, png);
        screenshot = Screenshot.read(png);
    }

    @Test
    void shouldRenderAPageOfTheWindowsSizeThatIsNotBlank() {
        assertEquals(WIDTH, screenshot.width());
        assertEquals(HEIGHT, screenshot.height());
        assertTrue(screenshot.colourCount() > 50, "colours: " + screenshot.colourCount());
    }

    @Test
    void shouldDrawTheIntervalChartsSideBySideAtTheirDataHeights() {
        Rectangle abandon = bounds(ReportCharts.ABANDON_COLOR);
        Rectangle serviceLevel = bounds(ReportCharts.SERVICE_LEVEL_COLOR);

        assertTrue(abandon.getMaxX() < serviceLevel.getMinX(), abandon + " left of " + serviceLevel);
        assertEquals(abandon.getMaxY(), serviceLevel.getMaxY(), 1.5, "both stand on the same base line");
        assertEquals(PLOT_HEIGHT * 0.25 / 0.4, abandon.height, 1.5, "25 % on a 40 % axis");
        assertEquals(PLOT_HEIGHT, serviceLevel.height, 1.5, "100 % at 10:00");
        int nineOClock = serviceLevel.x + 2;
        assertEquals(PLOT_HEIGHT * 2 / 3.0, screenshot.heightOf(rgb(ReportCharts.SERVICE_LEVEL_COLOR), nineOClock), 1.5,
                "2/3 at 09:00");
    }

    @Test
    void shouldDrawTheWaitDistributionBelowThemInBothColours() {
        Rectangle answered = screenshot.lowestBar(rgb(ReportCharts.ANSWERED_COLOR));
        Rectangle abandoned = screenshot.lowestBar(rgb(ReportCharts.ABANDONED_COLOR));
        Rectangle serviceLevel = bounds(ReportCharts.SERVICE_LEVEL_COLOR);

        assertNotNull(answered);
        assertNotNull(abandoned);
        assertTrue(answered.getMinY() > serviceLevel.getMaxY(), answered + " below " + serviceLevel);
        assertEquals(answered.getMaxY(), abandoned.getMaxY(), 0.5, "both stand on the same base line");
        assertEquals(PLOT_HEIGHT / 2.0, answered.height, 1.5, "2 calls answered within 5 s, on an axis of 4");
        assertEquals(PLOT_HEIGHT / 4.0, abandoned.height, 1.5, "1 call abandoned after 30 s");
        // 12 buckets; in each the answered bar, then the abandoned one, each 0.35 of the bucket wide.
        double bucket = ReportCharts.WAITS_PLOT_WIDTH / 12.0;
        assertEquals(4 * bucket + 0.35 * bucket, abandoned.getMinX() - answered.getMinX(), 1.5,
                "the abandoned bar is the second of the fifth bucket (≤30s)");
    }

    @Test
    void shouldKeepTheOddNamesAsTextInTheDom() {
        String dom = new HeadlessChromium(WIDTH, HEIGHT).dumpDom(url);

        assertTrue(dom.contains("Wait-time distribution"), dom);
        assertTrue(dom.contains("&lt;b&gt;billing &amp; \"co\"&lt;/b&gt;"), dom);
        assertTrue(dom.contains("\"&gt;&lt;img src=x onerror=alert(1)&gt;"), dom);
        assertFalse(dom.contains("<img"), "the caller number made no element");
        assertFalse(dom.contains("<b>billing"), "the queue name made no element");
    }

    private static Rectangle bounds(String color) {
        Rectangle bounds = screenshot.boundsOf(rgb(color));
        assertNotNull(bounds, "no pixel of " + color + " in the screenshot");
        return bounds;
    }

    private static int rgb(String color) {
        return Integer.parseInt(color.substring(1), 16);
    }
}
