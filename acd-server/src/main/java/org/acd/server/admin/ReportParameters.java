package org.acd.server.admin;

import io.netty.handler.codec.http.HttpResponseStatus;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.acd.config.yaml.DurationText;

/**
 * The query parameters of one report or export request, each read once and checked: a parameter
 * the endpoint does not take, one given twice, or a value it cannot use is refused with a 400
 * naming the parameter and what it accepts. Admin event loop.
 */
final class ReportParameters {

    static final String FROM = "from";
    static final String TO = "to";
    static final String INTERVAL = "interval";
    static final String QUEUE = "queue";
    static final String TIER = "tier";
    static final String BY = "by";
    static final String FORMAT = "format";
    static final String SHORT_ABANDON = "short_abandon";
    static final String SERVICE_LEVEL = "service_level";

    /** A time in UTC: 2026-11-23, 2026-11-23T08:00, 2026-11-23T08:00:00Z or with an offset. */
    private static final DateTimeFormatter TIME = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart().appendOffsetId().optionalEnd().optionalEnd()
            .toFormatter();
    private static final String TIME_FORMS = "an ISO-8601 time such as 2026-11-23T08:00:00Z (UTC unless an "
            + "offset is given) or a date such as 2026-11-23 (midnight UTC)";

    private final Map<String, List<String>> parameters;

    /** Refuses any parameter not in {@code accepted}, or given more than once. */
    ReportParameters(String endpoint, Map<String, List<String>> parameters, List<String> accepted) {
        this.parameters = parameters;
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            if (!accepted.contains(parameter.getKey())) {
                throw bad(endpoint + " takes no parameter '" + parameter.getKey() + "'; it takes "
                        + String.join(", ", accepted));
            }
            if (parameter.getValue().size() > 1) {
                throw bad("parameter '" + parameter.getKey() + "' is given " + parameter.getValue().size()
                        + " times; give it once");
            }
        }
    }

    /** The parameter's value, or empty when it is absent. */
    Optional<String> text(String name) {
        List<String> values = parameters.get(name);
        return values == null ? Optional.empty() : Optional.of(values.get(0));
    }

    /** A time as epoch milliseconds, or {@code absentMs}. */
    long timeMs(String name, long absentMs) {
        Optional<String> text = text(name);
        if (text.isEmpty()) {
            return absentMs;
        }
        try {
            TemporalAccessor time = TIME.parseBest(text.get(), OffsetDateTime::from, LocalDateTime::from,
                    LocalDate::from);
            if (time instanceof OffsetDateTime withOffset) {
                return withOffset.toInstant().toEpochMilli();
            }
            if (time instanceof LocalDateTime utc) {
                return utc.toInstant(ZoneOffset.UTC).toEpochMilli();
            }
            return ((LocalDate) time).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        } catch (DateTimeParseException e) {
            throw bad(name, text.get(), TIME_FORMS);
        }
    }

    /** Refuses a window whose end does not come after its start. */
    static void checkWindow(long fromMs, long toMs) {
        if (toMs <= fromMs) {
            throw bad("parameter '" + TO + "' must come after parameter '" + FROM + "'");
        }
    }

    /** A duration written like 5s or 500ms, in milliseconds, or {@code absentMs}. */
    long durationMs(String name, long absentMs) {
        Optional<String> text = text(name);
        if (text.isEmpty()) {
            return absentMs;
        }
        long ms = DurationText.parseMs(text.get());
        if (ms < 0) {
            throw bad(name, text.get(), "a duration with a unit, such as 5s, 500ms or 1m");
        }
        return ms;
    }

    /** One of {@code known} (names as configured), or empty when the parameter is absent. */
    Optional<String> oneOf(String name, Collection<String> known) {
        Optional<String> text = text(name);
        if (text.isPresent() && !known.contains(text.get())) {
            throw bad(name, text.get(), "one of " + String.join(", ", known));
        }
        return text;
    }

    /** One of {@code accepted}, written in lower case as {@link #label} writes it, or {@code absent}. */
    <E extends Enum<E>> E choice(String name, List<E> accepted, E absent) {
        Optional<String> text = text(name);
        if (text.isEmpty()) {
            return absent;
        }
        for (E value : accepted) {
            if (label(value).equals(text.get())) {
                return value;
            }
        }
        throw bad(name, text.get(), "one of " + String.join(", ", accepted.stream().map(ReportParameters::label)
                .toList()));
    }

    static String label(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    static ApiException bad(String name, String value, String accepted) {
        return bad("parameter '" + name + "': '" + value + "' is not accepted; use " + accepted);
    }

    static ApiException bad(String message) {
        return new ApiException(HttpResponseStatus.BAD_REQUEST, message);
    }
}
