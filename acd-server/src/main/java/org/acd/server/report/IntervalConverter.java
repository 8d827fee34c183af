package org.acd.server.report;

import org.acd.core.reporting.ReportInterval;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --interval}: 15m, 30m, 1h (or 60m) or day. */
final class IntervalConverter implements ITypeConverter<ReportInterval> {

    @Override
    public ReportInterval convert(String value) {
        try {
            return ReportInterval.ofLabel(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
