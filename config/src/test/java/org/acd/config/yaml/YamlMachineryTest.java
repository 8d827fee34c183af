package org.acd.config.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class YamlMachineryTest {

    @Test
    void shouldReadDurationsWithTheirUnit() {
        assertEquals(500, DurationText.parseMs("500ms"));
        assertEquals(20_000, DurationText.parseMs("20s"));
        assertEquals(120_000, DurationText.parseMs("2m"));
        assertEquals(5_400_000, DurationText.parseMs("1.5h"));
        assertEquals(-1, DurationText.parseMs("20"));
    }

    @Test
    void shouldSuggestOnlyNamesCloseEnoughToBeATypo() {
        assertEquals(Optional.of("billing"), NearestName.of("billng", List.of("orders", "billing")));
        assertEquals(Optional.empty(), NearestName.of("sales", List.of("orders", "billing")));
    }

    @Test
    void shouldFindTheLineOfAPathInTheTree() {
        Problems problems = new Problems();
        YamlNode root = YamlTreeReader.read("queues:\n  - id: a\n  - id: b\n    overflow:\n      - {after: 1s}\n", problems);

        assertEquals(5, YamlPath.line(root, "queues[1].overflow[0].after"));
        assertEquals(3, YamlPath.line(root, "queues[1].missing"));
    }

    @Test
    void shouldNameTheNearKeyOfAnUnknownOne() {
        Problems problems = new Problems();
        YamlNode root = YamlTreeReader.read("ring_timout: 4s\nfoo: 1\n", problems);

        Fields.of(root, "", problems, Set.of("ring_timeout", "wrap_up"));

        assertEquals(List.of("ring_timout: unknown key; did you mean 'ring_timeout'? (line 1)",
                "foo: unknown key; expected one of ring_timeout, wrap_up (line 2)"), problems.messages());
    }
}
