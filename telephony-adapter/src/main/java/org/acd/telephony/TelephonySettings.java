package org.acd.telephony;

import java.util.Optional;
import org.acd.telephony.agi.AgiSettings;
import org.acd.telephony.ami.AmiSettings;
import org.acd.telephony.ivr.IvrSetup;
import org.acd.telephony.scripts.InboundRouting;

/**
 * Everything the telephony adapter needs to know about Asterisk and the trunk's callers. Trunk calls
 * run the IVR's entry flow when {@code ivr} is given, else the {@code inbound} menu.
 *
 * @param agi               the FastAGI server
 * @param ami               the AMI connection
 * @param inbound           how trunk calls reach queues without an IVR
 * @param confirmationSound played to an agent after a feature code
 * @param ivr               the IVR trunk calls run first
 */
public record TelephonySettings(AgiSettings agi, AmiSettings ami, Optional<InboundRouting> inbound,
                                String confirmationSound, Optional<IvrSetup> ivr) {

    public TelephonySettings {
        if (inbound.isEmpty() && ivr.isEmpty()) {
            throw new IllegalArgumentException("trunk calls need either the inbound menu or the IVR");
        }
    }

    /** Trunk calls routed by the {@code inbound} menu, without an IVR. */
    public TelephonySettings(AgiSettings agi, AmiSettings ami, InboundRouting inbound, String confirmationSound) {
        this(agi, ami, Optional.of(inbound), confirmationSound, Optional.empty());
    }
}
