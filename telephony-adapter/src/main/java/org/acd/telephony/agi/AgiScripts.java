package org.acd.telephony.agi;

import java.util.Map;

/** The scripts this server answers, by the name in {@code agi://host:port/NAME}. Immutable. */
public final class AgiScripts {

    private final Map<String, AgiScript> byName;

    public AgiScripts(Map<String, AgiScript> byName) {
        this.byName = Map.copyOf(byName);
    }

    /** The script of that name, or null. */
    AgiScript find(String name) {
        return byName.get(name);
    }
}
