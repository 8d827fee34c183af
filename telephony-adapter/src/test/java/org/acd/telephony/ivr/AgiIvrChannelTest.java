package org.acd.telephony.ivr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import org.acd.ivr.channel.CallerHungUpException;
import org.acd.ivr.channel.PromptUnavailableException;
import org.acd.telephony.agi.AgiReply;
import org.acd.telephony.testing.ScriptedAgiSession;
import org.junit.jupiter.api.Test;

final class AgiIvrChannelTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final ScriptedAgiSession session = ScriptedAgiSession.on("PJSIP/trunk-00000001", "1700000000.12",
            "+4930555010", "inbound", Map.of());
    private final AgiIvrChannel channel = new AgiIvrChannel(session, BERLIN);

    @Test
    void shouldStreamAnInterruptiblePromptWithEveryKeyAsEscapeDigitAndCompleteWhenItPlayedThrough() {
        CompletableFuture<String> played = channel.play("main-menu", true).toCompletableFuture();

        assertEquals(List.of("STREAM FILE \"main-menu\" \"0123456789*#\""), session.sentCommands());
        assertFalse(played.isDone());
        session.reply(new AgiReply(200, "0", "", 64_000));

        assertEquals("", played.getNow(null));
    }

    @Test
    void shouldCompleteWithTheKeyThatCutAPromptShort() {
        CompletionStage<String> played = channel.play("main-menu", true);

        session.reply(new AgiReply(200, "49", "", 12_000));

        assertEquals("1", played.toCompletableFuture().getNow(null));
    }

    @Test
    void shouldStreamAPromptThatCannotBeCutShortWithNoEscapeDigits() {
        channel.play("shop-welcome", false);

        assertEquals(List.of("STREAM FILE \"shop-welcome\" \"\""), session.sentCommands());
    }

    @Test
    void shouldReportAPromptAsteriskCouldNotOpenAsUnavailable() {
        CompletionStage<String> sinceAsterisk11 = channel.play("order-status-lost", false);
        session.reply(new AgiReply(200, "-1", "", 0));
        CompletionStage<String> beforeAsterisk11 = channel.play("order-status-lost", false);
        session.reply(new AgiReply(200, "0", "", 0));

        assertInstanceOf(PromptUnavailableException.class, failure(sinceAsterisk11));
        assertInstanceOf(PromptUnavailableException.class, failure(beforeAsterisk11));
    }

    @Test
    void shouldReportAPromptThatEndedWithMinusOneAfterPlayingAsAHangUp() {
        CompletionStage<String> played = channel.play("main-menu", true);

        session.reply(new AgiReply(200, "-1", "", 4_000));

        assertInstanceOf(CallerHungUpException.class, failure(played));
    }

    @Test
    void shouldReportADeadChannelRefusalAsAHangUp() {
        CompletionStage<String> key = channel.waitForDigit(5_000);

        session.reply(511, "", "Command Not Permitted on a dead channel or intercepted by a handler");

        assertInstanceOf(CallerHungUpException.class, failure(key));
    }

    @Test
    void shouldReportTheEndOfTheSessionAsAHangUp() {
        CompletionStage<String> key = channel.waitForDigit(5_000);

        session.endSession();

        assertInstanceOf(CallerHungUpException.class, failure(key));
    }

    @Test
    void shouldFailAnOperationAsteriskRefusesForAnotherReasonWithItsAnswer() {
        CompletionStage<String> key = channel.waitForDigit(5_000);

        session.reply(510, "", "Invalid or unknown command");

        Throwable failure = failure(key);
        assertInstanceOf(IllegalStateException.class, failure);
        assertEquals("Asterisk refused WAIT FOR DIGIT 5000: 510 Invalid or unknown command", failure.getMessage());
    }

    @Test
    void shouldWaitForOneKeyAndTellATimeoutAsNoKey() {
        CompletionStage<String> first = channel.waitForDigit(5_000);
        session.reply(200, "35", "");
        CompletionStage<String> second = channel.waitForDigit(3_000);
        session.reply(200, "0", "");

        assertEquals(List.of("WAIT FOR DIGIT 5000", "WAIT FOR DIGIT 3000"), session.sentCommands());
        assertEquals("#", first.toCompletableFuture().getNow(null));
        assertEquals("", second.toCompletableFuture().getNow(null));
    }

    @Test
    void shouldSayDigitsNumbersAndDatesWithTheirAgiCommands() {
        channel.sayDigits("100234", false);
        session.reply(200, "0", "");
        channel.sayNumber(42, true);
        session.reply(200, "0", "");
        channel.sayDate(LocalDate.of(2026, 12, 24), false);
        session.reply(200, "0", "");

        long christmasEveMidnightS = LocalDate.of(2026, 12, 24).atStartOfDay(BERLIN).toEpochSecond();
        assertEquals(List.of("SAY DIGITS \"100234\" \"\"", "SAY NUMBER \"42\" \"0123456789*#\"",
                "SAY DATETIME " + christmasEveMidnightS + " \"\" \"ABdY\" \"Europe/Berlin\""), session.sentCommands());
    }

    @Test
    void shouldHangTheCallUp() {
        CompletionStage<Void> done = channel.hangup();

        session.reply(200, "1", "");

        assertEquals(List.of("HANGUP"), session.sentCommands());
        assertTrue(done.toCompletableFuture().isDone());
        assertFalse(done.toCompletableFuture().isCompletedExceptionally());
    }

    @Test
    void shouldTellTheCallersHangUpUntilTheCallIsHandedOff() {
        session.channelHungUp();

        assertTrue(channel.hungUp().toCompletableFuture().isDone());
    }

    @Test
    void shouldNotTakeTheEndOfAHandedOffSessionForTheCallersHangUp() {
        channel.release();

        session.endSession();

        assertTrue(channel.released());
        assertFalse(channel.hungUp().toCompletableFuture().isDone());
    }

    private static Throwable failure(CompletionStage<?> stage) {
        try {
            stage.toCompletableFuture().getNow(null);
        } catch (RuntimeException e) {
            return e.getCause() == null ? e : e.getCause();
        }
        throw new AssertionError("the stage did not fail: " + stage);
    }
}
