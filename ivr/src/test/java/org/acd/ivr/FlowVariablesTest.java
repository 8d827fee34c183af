package org.acd.ivr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class FlowVariablesTest {

    private final FlowVariables variables = new FlowVariables(Map.of("order.status", "shipped", "tier", "gold",
            "odd", "a$1\\b"));

    @Test
    void shouldReplaceEveryReference() {
        FlowVariables.Expansion prompt = variables.expand("status-${order.status}-${tier}");

        assertTrue(prompt.complete());
        assertEquals("status-shipped-gold", prompt.text());
    }

    @Test
    void shouldCopyValuesLiterally() {
        assertEquals("x-a$1\\b", variables.expand("x-${odd}").text());
    }

    @Test
    void shouldNameEveryMissingOrEmptyVariable() {
        variables.put("empty", "");

        FlowVariables.Expansion prompt = variables.expand("${missing}-${empty}-${tier}");

        assertFalse(prompt.complete());
        assertEquals(List.of("missing", "empty"), prompt.missing());
    }

    @Test
    void shouldLeaveTextWithoutReferencesAlone() {
        assertEquals("main-menu", variables.expand("main-menu").text());
        assertEquals("cost-$5", variables.expand("cost-$5").text());
    }
}
