package org.acd.server.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acd.server.AcdMain;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

final class HtmlReportTest {

    @TempDir
    static Path journal;

    private static String html;

    @BeforeAll
    static void render() {
        KnownJournal.write(journal);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = AcdMain.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        assertEquals(0, commandLine.execute("report", "--journal", journal.toString(), "--format", "html"),
                err::toString);
        html = out.toString();
    }

    @Test
    void shouldBeOneDocumentThatLoadsNothingAndRunsNoScript() {
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"), html);
        assertTrue(html.strip().endsWith("</html>"));
        assertEquals(1, count(html, "<style>"));
        for (String outside : List.of("<script", "<link", "<img", "<iframe", "<object", "<embed", "@import",
                "url(")) {
            assertFalse(html.contains(outside), outside);
        }
        assertEquals(List.of(), all(html, "<[^>]*\\s(src|href|on[a-z]+)="), "no tag loads anything or has a handler");
        assertEquals(List.of("http://www.w3.org/2000/svg"),
                all(html, "http[s]?://[^\"' <]+").stream().distinct().toList(),
                "the only address is the SVG namespace, which is never fetched");
    }

    @Test
    void shouldHoldEverySection() {
        for (String id : List.of("headline", "summary", "per-interval", "chart-abandon-rate", "chart-service-level",
                "waits", "chart-waits", "queues", "tiers", "intervals", "agents", "abandoned")) {
            assertTrue(html.contains("id=\"" + id + "\""), id);
        }
    }

    @Test
    void shouldEscapeQueueNamesAndCallerNumbers() {
        assertFalse(html.contains(KnownJournal.ODD_QUEUE));
        assertFalse(html.contains(KnownJournal.ODD_CALLER));
        assertTrue(html.contains("<td>&lt;b&gt;billing &amp; &quot;co&quot;&lt;/b&gt;</td>"), html);
        assertTrue(html.contains("<td>&quot;&gt;&lt;img src=x onerror=alert(1)&gt;</td>"), html);
    }

    @Test
    void shouldShowTheHeadlineFiguresOfAllCalls() {
        assertTrue(html.contains("<div class=\"value\">6</div><div class=\"label\">Offered</div>"), html);
        assertTrue(html.contains("<div class=\"value\">16.7%</div><div class=\"label\">Abandon rate</div>"), html);
        assertTrue(html.contains("<div class=\"value\">80.0%</div><div class=\"label\">Service level</div>"), html);
    }

    @Test
    void shouldChartEachIntervalsRatesAtTheirHeight() {
        // 206 units of plot: service level 2/3 and 1 of a 100 % axis; abandon rate 25 % and 0 of a 40 % axis.
        assertEquals(List.of(137.33, 206.0), heights(section("chart-service-level")));
        assertEquals(List.of(128.75, 0.0), heights(section("chart-abandon-rate")));
        assertTrue(section("chart-service-level").contains(">09:00</text>"));
        assertTrue(section("chart-service-level").contains(">10:00</text>"));
    }

    @Test
    void shouldChartTheWaitsOfAnsweredAndAbandonedCallsPerBucket() {
        String waits = section("chart-waits");
        // Per bucket (≤5s, ≤10s, ≤15s, ≤20s, ≤30s, ≤45s, ...) an answered bar, then an abandoned one; the
        // largest bucket holds 2 calls, so the axis goes to 4 and a call is 51.5 units high.
        List<Double> expected = new ArrayList<>(List.of(103.0, 0.0, 51.5, 0.0, 51.5, 0.0, 0.0, 0.0, 0.0, 51.5,
                51.5, 0.0));
        expected.addAll(Collections.nCopies(12, 0.0));
        assertEquals(expected, heights(waits));
        assertTrue(waits.contains(">≤5s</text>"), waits);
        assertTrue(waits.contains(">&gt;5m</text>"), waits);
        assertTrue(waits.contains(">SL 20s</text>"), waits);
    }

    private static String section(String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        return html.substring(start, html.indexOf("</figure>", start));
    }

    private static List<Double> heights(String svg) {
        return all(svg, "<rect [^>]*height=\"([0-9.]+)\"").stream()
                .map(rect -> Double.parseDouble(rect.replaceAll(".*height=\"([0-9.]+)\".*", "$1"))).toList();
    }

    private static List<String> all(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        List<String> found = new ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
