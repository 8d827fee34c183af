package org.acd.server.telephony;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.acd.core.model.AgentConfig;
import org.acd.core.model.QueueConfig;
import org.acd.core.model.RoutingConfig;
import org.acd.core.model.RoutingStrategy;
import org.acd.core.model.TierConfig;
import org.acd.telephony.TelephonySettings;
import org.acd.telephony.agi.AgiSettings;
import org.acd.telephony.ami.AmiSettings;
import org.acd.telephony.ami.SecretSource;
import org.acd.telephony.scripts.InboundRouting;

/**
 * The contact center of the Asterisk lab ({@code scripts/asterisk-lab}, config/asterisk/): queues
 * {@code support} (menu digit 1, the default) and {@code sales} (digit 2), tiers {@code standard}
 * and {@code vip} (the lab's VIP caller numbers), agents {@code agent1}..{@code agent9} on phones
 * {@code PJSIP/agent1}..{@code PJSIP/agent9} with both skills. Built in code until the config
 * module loads it from YAML.
 *
 * @param ringTimeout how long an agent's phone rings before RONA
 * @param wrapUp      after-call work of every call
 * @param vipNumbers  caller numbers of VIP customers
 */
public record LabConfig(Duration ringTimeout, Duration wrapUp, List<String> vipNumbers) {

    public static final int AGENTS = 9;
    public static final String SUPPORT = "support";
    public static final String SALES = "sales";
    public static final String STANDARD = "standard";
    public static final String VIP = "vip";
    /** A standard caller is never overtaken by later VIP callers for longer than this. */
    public static final long STANDARD_MAX_WAIT_BEHIND_MS = 60_000;

    public LabConfig {
        vipNumbers = List.copyOf(vipNumbers);
    }

    public static LabConfig defaults() {
        return new LabConfig(Duration.ofSeconds(15), Duration.ZERO, List.of("5550100"));
    }

    public RoutingConfig routing() {
        List<AgentConfig> agents = new ArrayList<>();
        for (int n = 1; n <= AGENTS; n++) {
            agents.add(new AgentConfig("agent" + n, "Agent " + n, "PJSIP/agent" + n,
                    Map.of(SUPPORT, 5, SALES, 5), AgentConfig.QUEUE_WRAP_UP));
        }
        return new RoutingConfig(List.of(SUPPORT, SALES),
                List.of(new TierConfig(STANDARD, 0, STANDARD_MAX_WAIT_BEHIND_MS, Optional.empty()),
                        TierConfig.of(VIP, 100)),
                List.of(queue(SUPPORT), queue(SALES)), agents);
    }

    private QueueConfig queue(String id) {
        return QueueConfig.builder(id).skill(id, 1).strategy(RoutingStrategy.LONGEST_IDLE)
                .ringTimeoutMs(ringTimeout.toMillis()).wrapUpMs(wrapUp.toMillis()).build();
    }

    /** FastAGI on 127.0.0.1:{@code agiPort}, AMI user {@code acd} on 127.0.0.1:{@code amiPort}. */
    public TelephonySettings telephony(int agiPort, int amiPort, Path amiSecretFile) {
        InboundRouting inbound = new InboundRouting("beep", Duration.ofSeconds(3),
                Map.of("1", SUPPORT, "2", SALES), SUPPORT,
                vipNumbers.stream().collect(Collectors.toMap(n -> n, n -> VIP)), STANDARD);
        return new TelephonySettings(AgiSettings.loopback(agiPort),
                AmiSettings.loopback(amiPort, "acd", SecretSource.file(amiSecretFile)), inbound, "beep");
    }
}
