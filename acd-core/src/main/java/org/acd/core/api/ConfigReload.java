package org.acd.core.api;

import org.acd.core.model.RoutingConfig;
import org.acd.core.model.RoutingConfigCodec;

/**
 * The configuration a reload brings, in the form the events journal can hold: Chronicle's method
 * writer writes this class's one field by name (it cannot write the configuration's records), and
 * {@link #config()} turns it back into the configuration on the engine's side and on replay.
 *
 * <p>Immutable. It travels inside {@link AcdEvents#configReloaded}, so its class and field names
 * are part of the journal's format.
 */
public final class ConfigReload {

    private final String encodedConfig;

    private ConfigReload(String encodedConfig) {
        this.encodedConfig = encodedConfig;
    }

    public static ConfigReload of(RoutingConfig config) {
        return new ConfigReload(RoutingConfigCodec.encode(config));
    }

    /**
     * The configuration, rebuilt and validated again.
     *
     * @throws IllegalArgumentException if the journal's text is not a configuration
     * @throws org.acd.core.model.InvalidConfigException if it does not validate
     */
    public RoutingConfig config() {
        return RoutingConfigCodec.decode(encodedConfig);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ConfigReload that && encodedConfig.equals(that.encodedConfig);
    }

    @Override
    public int hashCode() {
        return encodedConfig.hashCode();
    }

    @Override
    public String toString() {
        return "ConfigReload{" + encodedConfig.length() + " chars}";
    }
}
