package org.acd.telephony.ivr;

import java.time.ZoneId;
import java.util.Optional;
import org.acd.config.ivr.IvrFlows;
import org.acd.config.model.CallerDirectorySettings;
import org.acd.ivr.IvrSettings;

/**
 * What the telephony adapter needs to run the configured IVR for trunk calls.
 *
 * @param flows           the flows, with the entry flow
 * @param settings        the flow engine's settings (default tier, timeouts, business calendar)
 * @param callerDirectory the caller directory, or none (every caller is of the default tier)
 * @param defaultQueue    where a call goes when its flow fails
 * @param zone            the time zone dates are spoken in
 */
public record IvrSetup(IvrFlows flows, IvrSettings settings, Optional<CallerDirectorySettings> callerDirectory,
                       String defaultQueue, ZoneId zone) {

    public IvrSetup {
        if (flows.entryFlow().isEmpty()) {
            throw new IllegalArgumentException("the IVR needs an entry flow; the flows are " + flows.flows().keySet());
        }
    }
}
