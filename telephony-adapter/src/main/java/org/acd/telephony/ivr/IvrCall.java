package org.acd.telephony.ivr;

import org.acd.telephony.agi.AgiSession;
import org.acd.telephony.calls.CallLegs.CallerLeg;

/** A trunk call in the IVR: its leg (as it will be queued), its FastAGI session, and the flow's channel over it. */
public record IvrCall(CallerLeg leg, AgiSession session, AgiIvrChannel channel) {
}
