package org.acd.simulator.staffing;

import java.util.List;

/** Thrown by {@link ForecastReader} with every problem of a forecast file, each with its file and line. */
public final class InvalidForecastException extends RuntimeException {

    private final List<String> problems;

    public InvalidForecastException(List<String> problems) {
        super(String.join(System.lineSeparator(), problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem as {@code file:line: what is wrong}, in file order. */
    public List<String> problems() {
        return problems;
    }
}
