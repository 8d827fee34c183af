package org.acd.supervisor;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import picocli.CommandLine.Option;

/**
 * The options of {@code acdctl report} and {@code export}, grouped as mixins so that each report
 * takes only those its endpoint takes; each option becomes the query parameter of the same meaning.
 * Values go to the admin API as written: the API checks them and names what it accepts.
 */
final class ReportOptions {

    private ReportOptions() {
    }

    /** Query parameters in the order they were added, skipping absent ones. */
    static final class Query {
        private final Map<String, String> parameters = new LinkedHashMap<>();

        Query add(String name, Object value) {
            if (value != null) {
                parameters.put(name, String.valueOf(value));
            }
            return this;
        }

        /** {@code path}, with {@code ?name=value&...} when there are parameters. */
        String on(String path) {
            StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
            parameters.forEach((name, value) -> query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
            return path + query;
        }
    }

    /** {@code --from}, {@code --to}. */
    static final class Window {
        @Option(names = "--from", paramLabel = "TIME", description = {"Count calls that entered a queue from then: "
                + "2026-11-23, 2026-11-23T08:00 or 2026-11-23T08:00:00Z (UTC unless an offset is given).",
            "Default: the journal's start."})
        String from;

        @Option(names = "--to", paramLabel = "TIME", description = "Up to (not including) then; default: no end.")
        String to;

        void addTo(Query query) {
            query.add("from", from).add("to", to);
        }
    }

    /** {@code --queue}. */
    static final class QueueFilter {
        @Option(names = "--queue", paramLabel = "QUEUE", description = "Only calls that first entered this queue.")
        String queue;

        void addTo(Query query) {
            query.add("queue", queue);
        }
    }

    /** {@code --tier}. */
    static final class TierFilter {
        @Option(names = "--tier", paramLabel = "TIER", description = "Only calls of this customer tier.")
        String tier;

        void addTo(Query query) {
            query.add("tier", tier);
        }
    }

    /** {@code --interval}, {@code --by}. */
    static final class Breakdown {
        @Option(names = "--interval", paramLabel = "LENGTH",
                description = "A row per interval of queue entry, in UTC: 15m, 30m, 1h or day.")
        String interval;

        @Option(names = "--by", paramLabel = "GROUP",
                description = "Rows per queue, tier or interval (default: interval with --interval, else queue).")
        String by;

        void addTo(Query query) {
            query.add("interval", interval).add("by", by);
        }
    }

    /** {@code --short-abandon}. */
    static final class ShortAbandon {
        @Option(names = "--short-abandon", paramLabel = "TIME",
                description = "Abandons within this wait are short, out of the abandon rate (default: 5s).")
        String shortAbandon;

        void addTo(Query query) {
            query.add("short_abandon", shortAbandon);
        }
    }

    /** {@code --service-level}. */
    static final class ServiceLevel {
        @Option(names = "--service-level", paramLabel = "TIME",
                description = "The service-level threshold (default: 20s).")
        String serviceLevel;

        void addTo(Query query) {
            query.add("service_level", serviceLevel);
        }
    }
}
