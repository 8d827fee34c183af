package org.acd.server;

import java.time.Duration;
import picocli.CommandLine.ITypeConverter;

/** Like {@link DurationConverter}, for options where no time at all is a valid answer (wrap-up 0s). */
public final class ZeroOrMoreDurationConverter implements ITypeConverter<Duration> {

    @Override
    public Duration convert(String value) {
        return DurationConverter.parse(value);
    }
}
