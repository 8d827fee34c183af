package org.acd.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Base64;
import org.acd.core.testing.WorkloadConfig;
import org.junit.jupiter.api.Test;

/** The configuration's journal form: what a reload writes, replay reads back equal. */
final class RoutingConfigCodecTest {

    @Test
    void shouldDecodeEveryKindOfSettingBackToAnEqualConfiguration() {
        RoutingConfig config = WorkloadConfig.CONFIG;

        assertEquals(config, RoutingConfigCodec.decode(RoutingConfigCodec.encode(config)));
    }

    @Test
    void shouldEncodeEqualConfigurationsEqually() {
        RoutingConfig copy = RoutingConfigCodec.decode(RoutingConfigCodec.encode(WorkloadConfig.CONFIG));

        assertEquals(RoutingConfigCodec.encode(WorkloadConfig.CONFIG), RoutingConfigCodec.encode(copy));
    }

    @Test
    void shouldRefuseATruncatedOrForeignText() {
        String encoded = RoutingConfigCodec.encode(WorkloadConfig.CONFIG);
        byte[] bytes = Base64.getDecoder().decode(encoded);
        String truncated = Base64.getEncoder().encodeToString(Arrays.copyOf(bytes, bytes.length / 2));
        String foreign = Base64.getEncoder().encodeToString(new byte[] {0, 0, 0, 9});

        assertTrue(assertThrows(IllegalArgumentException.class, () -> RoutingConfigCodec.decode(truncated))
                .getMessage().startsWith("truncated configuration"));
        assertEquals("configuration format 9 is unknown (expected 1)",
                assertThrows(IllegalArgumentException.class, () -> RoutingConfigCodec.decode(foreign)).getMessage());
    }
}
