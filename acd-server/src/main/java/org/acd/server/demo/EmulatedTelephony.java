package org.acd.server.demo;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import org.acd.config.model.AcdConfig;
import org.acd.server.telephony.ConfiguredTelephony;
import org.acd.simulator.emulator.AmiCredentials;
import org.acd.telephony.TelephonySettings;
import org.acd.telephony.agi.AgiSettings;
import org.acd.telephony.ami.AmiSettings;
import org.acd.telephony.ami.SecretSource;

/**
 * The link between the demo's server and its emulated Asterisk: the configuration's IVR flows and
 * caller directory as {@code acd serve} reads them, with FastAGI on a free port of 127.0.0.1 (a
 * real server on 4573 is left alone) and AMI to the emulator with a secret made up for this run,
 * which never leaves the process. Trunk calls run the IVR's entry flow; the emulator's callers key
 * its menus and order numbers. Immutable.
 */
final class EmulatedTelephony {

    private static final String SECRET_NAME = "ACD_DEMO_AMI_SECRET";
    private static final int SECRET_BYTES = 16;

    private final AcdConfig config;
    private final AmiCredentials credentials;

    EmulatedTelephony(AcdConfig config) {
        byte[] secret = new byte[SECRET_BYTES];
        new SecureRandom().nextBytes(secret);
        this.config = config;
        this.credentials = new AmiCredentials(config.asterisk().map(ami -> ami.username()).orElse("acd"),
                HexFormat.of().formatHex(secret));
    }

    /** The one AMI user the emulator accepts. */
    AmiCredentials credentials() {
        return credentials;
    }

    /** The server's telephony settings, its AMI pointed at the emulator's {@code amiPort}. */
    TelephonySettings settings(int amiPort) {
        TelephonySettings configured = ConfiguredTelephony.settings(config);
        SecretSource secret = new SecretSource.Environment(SECRET_NAME, Map.of(SECRET_NAME, credentials.secret()));
        return new TelephonySettings(AgiSettings.loopback(0),
                AmiSettings.loopback(amiPort, credentials.username(), secret), configured.inbound(),
                configured.confirmationSound(), configured.ivr());
    }
}
