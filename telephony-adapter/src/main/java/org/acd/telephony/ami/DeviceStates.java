package org.acd.telephony.ami;

import java.util.Locale;
import java.util.Set;

/**
 * What an Asterisk device state ({@code NOT_INUSE}, {@code INUSE}, {@code UNAVAILABLE} ...) means for
 * routing: only an idle phone can be offered a call. In use, ringing, on hold, busy (DND) and
 * unavailable (unregistered) phones are not reachable; {@code UNKNOWN} and {@code INVALID} neither,
 * so a phone Asterisk cannot vouch for never gets a call it cannot ring.
 */
final class DeviceStates {

    private DeviceStates() {
    }

    private static final Set<String> IN_USE = Set.of("INUSE", "BUSY", "RINGING", "RINGINUSE", "ONHOLD");

    static boolean reachable(String deviceState) {
        return "NOT_INUSE".equals(normalised(deviceState));
    }

    /** Busy with a call: in use, ringing, on hold, or busy (with {@code device_state_busy_at}). */
    static boolean inUse(String deviceState) {
        return IN_USE.contains(normalised(deviceState));
    }

    private static String normalised(String deviceState) {
        return deviceState == null ? "" : deviceState.strip().toUpperCase(Locale.ROOT);
    }
}
