package org.acd.simulator.scenario;

import java.util.List;

/** A scenario file that cannot run, with every problem found, each naming its path and line. */
public final class InvalidScenarioException extends RuntimeException {

    private final List<String> problems;

    public InvalidScenarioException(String source, List<String> problems) {
        super(source + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems") + "\n  "
                + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
