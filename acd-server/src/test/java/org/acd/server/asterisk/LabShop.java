package org.acd.server.asterisk;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.acd.config.ConfigLoader;
import org.acd.config.model.AcdConfig;
import org.acd.core.model.AgentConfig;
import org.acd.core.model.RoutingConfig;
import org.acd.ivr.BusinessCalendar;
import org.acd.ivr.IvrSettings;
import org.acd.simulator.lab.AsteriskLab;
import org.acd.telephony.TelephonySettings;
import org.acd.telephony.agi.AgiSettings;
import org.acd.telephony.ami.AmiSettings;
import org.acd.telephony.ami.SecretSource;
import org.acd.telephony.ivr.IvrSetup;

/**
 * The shipped retail shop (config/examples/retail.yaml: its queues, tiers, caller directory and IVR
 * flows) on the Asterisk lab: one agent, {@code agent3} on the lab phone {@code PJSIP/agent3}, who
 * serves orders and VIPs, and {@code agent9}, whose phone has no contact (how {@link LabRun} knows
 * the device states were read); open around the clock, so a test does not depend on the hour.
 */
final class LabShop {

    static final String AGENT = "agent3";
    static final int AGENT_PHONE = 3;
    private static final AcdConfig RETAIL = ConfigLoader.load(Path.of("../config/examples/retail.yaml"));

    private LabShop() {
    }

    static RoutingConfig routing() {
        RoutingConfig retail = RETAIL.routing();
        return new RoutingConfig(retail.skills(), retail.tiers(), retail.queues(), List.of(
                new AgentConfig(AGENT, "Agent 3", "PJSIP/" + AGENT, Map.of("orders", 8, "vip", 5),
                        AgentConfig.QUEUE_WRAP_UP),
                new AgentConfig("agent9", "Agent 9", "PJSIP/agent9", Map.of("returns", 5), AgentConfig.QUEUE_WRAP_UP)));
    }

    static TelephonySettings telephony(AsteriskLab lab) {
        IvrSettings retail = IvrSettings.from(RETAIL);
        IvrSettings alwaysOpen = new IvrSettings(retail.defaultTier(), retail.tiers(), retail.lookupTimeoutMs(),
                retail.firstDigitTimeoutMs(), retail.interDigitTimeoutMs(), new BusinessCalendar(Optional.empty()));
        IvrSetup ivr = new IvrSetup(RETAIL.ivr(), alwaysOpen, RETAIL.callerDirectory(), "orders",
                ZoneId.of("Europe/Berlin"));
        return new TelephonySettings(AgiSettings.loopback(AsteriskLab.AGI_PORT),
                AmiSettings.loopback(AsteriskLab.AMI_PORT, "acd", SecretSource.file(lab.amiSecretFile())),
                Optional.empty(), "beep", Optional.of(ivr));
    }
}
