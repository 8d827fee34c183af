package org.acd.telephony.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

final class OfferChannelIdTest {

    @Test
    void shouldNameTheCallTheRingAndTheAgentInTheUniqueId() {
        assertEquals("acd-offer-42-1-agent1", new OfferChannelId(42, 1, "agent1").value());
        assertEquals("acd-offer-42-1-agent1", new OfferChannelId(42, 1, "agent1").toString());
    }

    @Test
    void shouldReadBackTheOfferItsUniqueIdNames() {
        OfferChannelId offer = new OfferChannelId(111_411_200_000_000_001L, 1, "agent1");

        assertEquals(Optional.of(offer), OfferChannelId.parse(offer.value()));
    }

    @Test
    void shouldKeepTheDashesOfAnAgentId() {
        OfferChannelId offer = new OfferChannelId(7, 1, "team-a-agent-1");

        assertEquals(Optional.of(offer), OfferChannelId.parse("acd-offer-7-1-team-a-agent-1"));
        assertEquals(Optional.of(offer), OfferChannelId.parse(offer.value()));
    }

    @Test
    void shouldTellTwoRingsOfTheSameAgentForTheSameCallApart() {
        OfferChannelId first = new OfferChannelId(42, 1, "agent1");
        OfferChannelId second = new OfferChannelId(42, 2, "agent1");

        assertNotEquals(first.value(), second.value());
        assertTrue(first.rings(42, "agent1") && second.rings(42, "agent1"));
        assertFalse(first.rings(42, "agent2") || first.rings(43, "agent1"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "1700000000.12", "acd-offer-x-1-a1", "acd-offer-12-1-", "acd-offer-12-1",
            "acd-offer-12-a1", "acd-offer--1-a1", "acd-offer-12-x-a1", "acd-offer-12--a1", "acd-offer-",
            "ACD-OFFER-12-1-a1", "xacd-offer-12-1-a1", "acd-offer-99999999999999999999-1-a1"})
    void shouldNotTakeAnotherChannelForAnOffer(String uniqueId) {
        assertEquals(Optional.empty(), OfferChannelId.parse(uniqueId));
    }
}
