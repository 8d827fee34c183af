package org.acd.telephony;

import org.acd.telephony.agi.AgiSettings;
import org.acd.telephony.ami.AmiSettings;
import org.acd.telephony.scripts.InboundRouting;

/**
 * Everything the telephony adapter needs to know about Asterisk and the trunk's callers.
 *
 * @param agi               the FastAGI server
 * @param ami               the AMI connection
 * @param inbound           how trunk calls reach queues
 * @param confirmationSound played to an agent after a feature code
 */
public record TelephonySettings(AgiSettings agi, AmiSettings ami, InboundRouting inbound, String confirmationSound) {
}
