package org.acd.telephony.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

final class OfferChannelIdTest {

    @Test
    void shouldNameTheCallAndTheAgentInTheUniqueId() {
        assertEquals("acd-offer-42-agent1", new OfferChannelId(42, "agent1").value());
        assertEquals("acd-offer-42-agent1", new OfferChannelId(42, "agent1").toString());
    }

    @Test
    void shouldReadBackTheOfferItsUniqueIdNames() {
        OfferChannelId offer = new OfferChannelId(111_411_200_000_000_001L, "agent1");

        assertEquals(Optional.of(offer), OfferChannelId.parse(offer.value()));
    }

    @Test
    void shouldKeepTheDashesOfAnAgentId() {
        OfferChannelId offer = new OfferChannelId(7, "team-a-agent-1");

        assertEquals(Optional.of(offer), OfferChannelId.parse("acd-offer-7-team-a-agent-1"));
        assertEquals(Optional.of(offer), OfferChannelId.parse(offer.value()));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "1700000000.12", "acd-offer-x-a1", "acd-offer-12-", "acd-offer-12", "acd-offer--1-a1",
            "acd-offer-", "ACD-OFFER-12-a1", "xacd-offer-12-a1", "acd-offer-99999999999999999999-a1"})
    void shouldNotTakeAnotherChannelForAnOffer(String uniqueId) {
        assertEquals(Optional.empty(), OfferChannelId.parse(uniqueId));
    }
}
