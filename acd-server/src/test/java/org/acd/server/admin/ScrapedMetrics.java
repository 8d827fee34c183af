package org.acd.server.admin;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.DoublePredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads series out of a Prometheus text scrape, and waits for one to reach a value: the sampler
 * sets gauges once a second and the outcome follower reads the journal four times a second, so a
 * test polls the endpoint until the figure is there (up to 20 s).
 */
final class ScrapedMetrics {

    private ScrapedMetrics() {
    }

    /** The value of the series written exactly {@code series} (name and labels), if scraped. */
    static OptionalDouble value(String scrape, String series) {
        Matcher line = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE).matcher(scrape);
        return line.find() ? OptionalDouble.of(Double.parseDouble(line.group(1))) : OptionalDouble.empty();
    }

    /** Scrapes until {@code series} has a value {@code plausible} accepts; returns that scrape. */
    static String awaitValue(Callable<String> scrape, String series, DoublePredicate plausible) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        String last;
        do {
            last = scrape.call();
            OptionalDouble value = value(last, series);
            if (value.isPresent() && plausible.test(value.getAsDouble())) {
                return last;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        fail("no plausible value of " + series + " within 20 s; last scrape:\n" + last);
        return last;
    }
}
