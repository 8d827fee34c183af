package org.acd.server.telephony;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.acd.config.ConfigLoader;
import org.acd.config.model.AcdConfig;
import org.acd.telephony.TelephonySettings;
import org.acd.telephony.agi.AgiAllowList;
import org.acd.telephony.ami.SecretSource;
import org.acd.telephony.ivr.IvrSetup;
import org.acd.telephony.scripts.InboundRouting;
import org.junit.jupiter.api.Test;

final class ConfiguredTelephonyTest {

    private static final AcdConfig EXAMPLE = ConfigLoader.load(Path.of("../config/examples/retail.yaml"));

    @Test
    void shouldServeTheExampleWithItsSocketsAndSecretSource() {
        TelephonySettings settings = ConfiguredTelephony.settings(EXAMPLE);

        assertTrue(ConfiguredTelephony.missingForServe(EXAMPLE).isEmpty());
        assertEquals("127.0.0.1", settings.agi().bindHost());
        assertEquals(4573, settings.agi().port());
        assertEquals(AgiAllowList.loopback(), settings.agi().allow());
        assertEquals(5_000, settings.agi().maxSessionsPerSource());
        assertEquals(5038, settings.ami().port());
        assertEquals("acd", settings.ami().username());
        assertEquals(SecretSource.environment("ACD_AMI_SECRET").toString(), settings.ami().secret().toString());
    }

    @Test
    void shouldRunTheEntryFlowForTrunkCallsAndSendFailedFlowsToTheInboundDefaultQueue() {
        IvrSetup ivr = ConfiguredTelephony.settings(EXAMPLE).ivr().orElseThrow();

        assertEquals(Optional.of("main"), ivr.flows().entryFlow());
        assertEquals("orders", ivr.defaultQueue());
        assertEquals("standard", ivr.settings().defaultTier());
        assertEquals(ZoneId.of("Europe/Berlin"), ivr.zone());
        assertTrue(ivr.callerDirectory().orElseThrow().csv().isPresent());
    }

    @Test
    void shouldReadTheInboundMenuWithTiersFromTheDirectory() {
        InboundRouting inbound = ConfiguredTelephony.settings(EXAMPLE).inbound().orElseThrow();

        assertEquals(Map.of("1", "orders", "2", "returns", "3", "billing"), inbound.queueByDigit());
        assertEquals("orders", inbound.defaultQueue());
        assertEquals(Duration.ofSeconds(3), inbound.digitTimeout());
        assertEquals(Map.of("+4930555010", "platinum", "+4930555011", "gold", "+4930555014", "platinum"),
                inbound.tierByNumber());
        assertEquals("standard", inbound.defaultTier());
    }
}
