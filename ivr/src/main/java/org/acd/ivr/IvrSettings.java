package org.acd.ivr;

import java.util.Set;
import org.acd.config.model.AcdConfig;
import org.acd.config.model.CallerDirectorySettings;
import org.acd.core.model.TierConfig;

/**
 * What the flow engine takes from the configuration besides the flows: the tier of callers the
 * directory does not know, the tiers that exist, how long a lookup or a queue question may take, the
 * digit timeouts of collect and callback nodes (the configuration gives menus theirs, not these), and
 * the business calendar. Checked once when made.
 */
public record IvrSettings(String defaultTier, Set<String> tiers, long lookupTimeoutMs, long firstDigitTimeoutMs,
                          long interDigitTimeoutMs, BusinessCalendar calendar) {

    /** The tier of unknown callers when the configuration has no caller directory and a tier of this name. */
    public static final String STANDARD_TIER = "standard";
    public static final long DEFAULT_LOOKUP_TIMEOUT_MS = 2_000;
    public static final long DEFAULT_FIRST_DIGIT_TIMEOUT_MS = 5_000;
    public static final long DEFAULT_INTER_DIGIT_TIMEOUT_MS = 3_000;

    public IvrSettings {
        tiers = Set.copyOf(tiers);
        if (!tiers.contains(defaultTier)) {
            throw new IllegalArgumentException("defaultTier '" + defaultTier + "' is not one of the tiers " + tiers);
        }
        requirePositive("lookupTimeoutMs", lookupTimeoutMs);
        requirePositive("firstDigitTimeoutMs", firstDigitTimeoutMs);
        requirePositive("interDigitTimeoutMs", interDigitTimeoutMs);
    }

    /**
     * The settings of a configuration file: the directory's default tier and lookup timeout, else
     * {@value #STANDARD_TIER} (or the first tier, if there is no such tier) and the default timeout;
     * the default digit timeouts; its business hours and holidays.
     */
    public static IvrSettings from(AcdConfig config) {
        Set<String> tiers = Set.copyOf(config.routing().tiers().stream().map(TierConfig::id).toList());
        String fallbackTier = tiers.contains(STANDARD_TIER) ? STANDARD_TIER
                : config.routing().tiers().get(0).id();
        String defaultTier = config.callerDirectory().map(CallerDirectorySettings::defaultTier).orElse(fallbackTier);
        long lookupTimeoutMs = config.callerDirectory().map(CallerDirectorySettings::lookupTimeoutMs)
                .orElse(DEFAULT_LOOKUP_TIMEOUT_MS);
        return new IvrSettings(defaultTier, tiers, lookupTimeoutMs, DEFAULT_FIRST_DIGIT_TIMEOUT_MS,
                DEFAULT_INTER_DIGIT_TIMEOUT_MS, new BusinessCalendar(config.businessHours()));
    }

    private static void requirePositive(String name, long valueMs) {
        if (valueMs <= 0) {
            throw new IllegalArgumentException(name + " must be positive, not " + valueMs);
        }
    }
}
