package org.acd.simulator.scenario;

import java.util.Set;
import org.acd.config.yaml.Fields;
import org.acd.config.yaml.Problems;
import org.acd.config.yaml.YamlNode;

/**
 * Reads {@code {dist: exponential, mean: 120s}}, {@code {dist: lognormal, mean: 240s, sd: 90s}},
 * {@code {dist: fixed, value: 30s}} or, where allowed, {@code {dist: none}}. Stateless.
 */
final class DistributionReader {

    private static final Set<String> KEYS = Set.of("dist", "mean", "sd", "value");

    private DistributionReader() {
    }

    static Distribution read(YamlNode node, String path, Problems problems, boolean noneAllowed) {
        Fields fields = Fields.of(node, path, problems, KEYS);
        if (fields == null) {
            return new Distribution.Never();
        }
        String dist = fields.text("dist", true);
        if (dist == null) {
            return new Distribution.Never();
        }
        switch (dist) {
            case "exponential" -> {
                rejectAll(fields, dist, "sd", "value");
                return new Distribution.Exponential(fields.positiveDurationMs("mean", true, 1));
            }
            case "lognormal" -> {
                rejectAll(fields, dist, "value");
                long meanMs = fields.positiveDurationMs("mean", true, 1);
                long sdMs = fields.positiveDurationMs("sd", true, 1);
                return new Distribution.LogNormal(meanMs, sdMs);
            }
            case "fixed" -> {
                rejectAll(fields, dist, "mean", "sd");
                return new Distribution.Fixed(fields.durationMs("value", true, 0));
            }
            case "none" -> {
                if (!noneAllowed) {
                    fields.problem("dist", "'none' is not allowed here; use exponential, lognormal or fixed");
                }
                rejectAll(fields, dist, "mean", "sd", "value");
                return new Distribution.Never();
            }
            default -> {
                fields.problem("dist", "'" + dist + "' is not a distribution; use exponential, lognormal, fixed"
                        + (noneAllowed ? " or none" : ""));
                return new Distribution.Never();
            }
        }
    }

    private static void rejectAll(Fields fields, String dist, String... keys) {
        for (String key : keys) {
            if (fields.has(key)) {
                fields.problem(key, "not used by dist " + dist);
            }
        }
    }
}
