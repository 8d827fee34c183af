package org.acd.config;

import java.util.List;

/** A configuration file that cannot be used, with every problem found, each naming its path and line. */
public final class InvalidConfigFileException extends RuntimeException {

    private final String source;
    private final List<String> problems;

    public InvalidConfigFileException(String source, List<String> problems) {
        super(source + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems") + "\n  "
                + String.join("\n  ", problems));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    /** The file, as it was named to the loader. */
    public String source() {
        return source;
    }

    public List<String> problems() {
        return problems;
    }
}
