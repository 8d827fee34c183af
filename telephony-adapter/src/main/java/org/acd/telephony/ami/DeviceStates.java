package org.acd.telephony.ami;

import java.util.Locale;

/**
 * What an Asterisk device state ({@code NOT_INUSE}, {@code INUSE}, {@code UNAVAILABLE} ...) means for
 * routing: only an idle phone can be offered a call. In use, ringing, on hold, busy (DND) and
 * unavailable (unregistered) phones are not reachable; {@code UNKNOWN} and {@code INVALID} neither,
 * so a phone Asterisk cannot vouch for never gets a call it cannot ring.
 */
final class DeviceStates {

    private DeviceStates() {
    }

    static boolean reachable(String deviceState) {
        return deviceState != null && "NOT_INUSE".equals(deviceState.strip().toUpperCase(Locale.ROOT));
    }
}
