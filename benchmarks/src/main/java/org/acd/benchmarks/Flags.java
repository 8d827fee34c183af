package org.acd.benchmarks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.acd.core.runtime.PipelineWaitStrategy;

/**
 * Command-line options of the benchmark mains: {@code --name value} pairs and bare {@code --switch}es.
 * Bad input (an unknown option, a missing or malformed value) ends the process with status 2 and a
 * message that names the option, followed by the usage.
 */
public final class Flags {

    private final Map<String, String> values = new HashMap<>();
    private final String usage;

    private Flags(String usage) {
        this.usage = usage;
    }

    /**
     * @param valued   the options that take a value
     * @param switches the options that take none
     */
    public static Flags parse(String[] args, List<String> valued, List<String> switches, String usage) {
        Flags flags = new Flags(usage);
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (switches.contains(name)) {
                flags.values.put(name, "true");
            } else if (!valued.contains(name)) {
                flags.fail("unknown option '" + name + "'");
            } else if (i + 1 == args.length) {
                flags.fail(name + " needs a value");
            } else {
                flags.values.put(name, args[++i]);
            }
        }
        return flags;
    }

    public boolean isSet(String name) {
        return values.containsKey(name);
    }

    public long positiveLong(String name, long defaultValue) {
        return longAtLeast(name, 1, defaultValue);
    }

    public long nonNegativeLong(String name, long defaultValue) {
        return longAtLeast(name, 0, defaultValue);
    }

    private long longAtLeast(String name, long least, long defaultValue) {
        String value = values.get(name);
        if (value == null) {
            return defaultValue;
        }
        try {
            long parsed = Long.parseLong(value.replace("_", ""));
            if (parsed >= least) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            fail(name + ": '" + value + "' is not a whole number");
        }
        return fail(name + ": " + value + " is less than " + least);
    }

    PipelineWaitStrategy waitStrategy(String name) {
        String value = values.getOrDefault(name, PipelineWaitStrategy.BACK_OFF.name());
        for (PipelineWaitStrategy strategy : PipelineWaitStrategy.values()) {
            if (strategy.name().equalsIgnoreCase(value)) {
                return strategy;
            }
        }
        return fail(name + ": '" + value + "' is not one of " + List.of(PipelineWaitStrategy.values()));
    }

    private <T> T fail(String problem) {
        System.err.println(problem);
        System.err.println("usage: " + usage);
        System.exit(2);
        throw new IllegalStateException(problem);
    }
}
