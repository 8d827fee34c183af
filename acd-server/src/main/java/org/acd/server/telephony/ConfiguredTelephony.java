package org.acd.server.telephony;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.acd.config.model.AcdConfig;
import org.acd.config.model.AgiListen;
import org.acd.config.model.AmiConnection;
import org.acd.config.model.AmiSecret;
import org.acd.config.model.BusinessHours;
import org.acd.config.model.DirectoryEntry;
import org.acd.config.model.InboundMenu;
import org.acd.ivr.IvrSettings;
import org.acd.telephony.TelephonySettings;
import org.acd.telephony.agi.AgiAllowList;
import org.acd.telephony.agi.AgiSettings;
import org.acd.telephony.ami.AmiSettings;
import org.acd.telephony.ami.SecretSource;
import org.acd.telephony.ivr.IvrSetup;
import org.acd.telephony.scripts.InboundRouting;

/**
 * The telephony adapter's settings from a configuration file: FastAGI from {@code server.agi} (its
 * socket, the sources it accepts and their session limit), AMI from {@code asterisk.ami}, and trunk
 * calls running {@code ivr.entry_flow} when there is one (a failed flow goes to
 * {@code inbound.default_queue}, else the first queue), else routed by the {@code inbound} menu with
 * tiers by caller number from the caller directory's CSV. Stateless.
 */
public final class ConfiguredTelephony {

    private static final String CONFIRMATION_SOUND = "beep";

    private ConfiguredTelephony() {
    }

    /** What {@code acd serve} needs that a valid file may leave out, as problems in the loader's format. */
    public static List<String> missingForServe(AcdConfig config) {
        List<String> problems = new ArrayList<>();
        if (config.asterisk().isEmpty()) {
            problems.add("asterisk: missing; acd serve needs the AMI connection (asterisk.ami)");
        }
        if (config.inbound().isEmpty() && config.ivr().entryFlow().isEmpty()) {
            problems.add("inbound: missing; without ivr.entry_flow acd serve routes trunk calls by this menu");
        }
        return problems;
    }

    /** The settings; call only when {@link #missingForServe} found nothing. */
    public static TelephonySettings settings(AcdConfig config) {
        AmiConnection ami = config.asterisk().orElseThrow();
        AmiSettings loopbackDefaults = AmiSettings.loopback(ami.port(), ami.username(), secret(ami.secret()));
        AmiSettings amiSettings = new AmiSettings(ami.host(), ami.port(), ami.username(), loopbackDefaults.secret(),
                loopbackDefaults.actionTimeout(), loopbackDefaults.firstRetry(), loopbackDefaults.maxRetry(),
                loopbackDefaults.maxRingTime());
        AgiListen listen = config.server().agi();
        AgiSettings agi = AgiSettings.loopback(listen.port()).withSources(listen.bind(), AgiAllowList.of(
                listen.allow().stream().map(block -> new AgiAllowList.Block(block.address(), block.prefixLength()))
                        .toList()), listen.maxSessionsPerSource());
        return new TelephonySettings(agi, amiSettings, config.inbound().map(menu -> inbound(config, menu)),
                CONFIRMATION_SOUND, ivr(config));
    }

    private static Optional<IvrSetup> ivr(AcdConfig config) {
        if (config.ivr().entryFlow().isEmpty()) {
            return Optional.empty();
        }
        String defaultQueue = config.inbound().map(InboundMenu::defaultQueue)
                .orElse(config.routing().queues().get(0).id());
        ZoneId zone = config.businessHours().map(BusinessHours::zone).orElse(ZoneId.systemDefault());
        return Optional.of(new IvrSetup(config.ivr(), IvrSettings.from(config), config.callerDirectory(),
                defaultQueue, zone));
    }

    private static InboundRouting inbound(AcdConfig config, InboundMenu menu) {
        String defaultTier = config.callerDirectory().map(directory -> directory.defaultTier())
                .orElse(config.routing().tiers().get(0).id());
        Map<String, String> tierByNumber = config.callerDirectory().map(directory -> directory.callers().stream()
                        .filter(caller -> !caller.tier().equals(defaultTier))
                        .collect(Collectors.toMap(DirectoryEntry::phone, DirectoryEntry::tier, (first, second) -> first)))
                .orElse(Map.of());
        return new InboundRouting(menu.prompt(), Duration.ofMillis(menu.digitTimeoutMs()), menu.queueByDigit(),
                menu.defaultQueue(), tierByNumber, defaultTier);
    }

    private static SecretSource secret(AmiSecret secret) {
        if (secret instanceof AmiSecret.FromEnvironment environment) {
            return SecretSource.environment(environment.variable());
        }
        return SecretSource.file(((AmiSecret.FromFile) secret).file());
    }
}
