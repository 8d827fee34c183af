package org.acd.core.view;

/**
 * How the engine answered configuration reloads: how many it applied and rejected, and why it
 * rejected the last one it rejected (empty if none). The admin API compares two of these around a
 * reload it published to tell the operator whether the engine took it.
 */
public record ConfigReloads(long applied, long rejected, String lastRejection) {

    public static final ConfigReloads NONE = new ConfigReloads(0, 0, "");

    public ConfigReloads afterApplied() {
        return new ConfigReloads(applied + 1, rejected, lastRejection);
    }

    public ConfigReloads afterRejected(String reason) {
        return new ConfigReloads(applied, rejected + 1, reason);
    }
}
