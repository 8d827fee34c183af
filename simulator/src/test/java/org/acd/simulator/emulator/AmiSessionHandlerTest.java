package org.acd.simulator.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

final class AmiSessionHandlerTest {

    private final AmiEventBus events = new AmiEventBus();
    private final List<AmiMessage> handled = new ArrayList<>();
    private final EmbeddedChannel channel = new EmbeddedChannel(new AmiSessionHandler(
            new AmiCredentials("acd", "secret"), events, (action, replies) -> {
                handled.add(action);
                replies.accept(AmiResponses.success(action, "done"));
            }));

    @Test
    void shouldGreetWithBannerOnConnect() {
        ByteBuf banner = channel.readOutbound();
        assertEquals("Asterisk Call Manager/9.0.0\r\n", banner.toString(StandardCharsets.US_ASCII));
        banner.release();
    }

    @Test
    void shouldAcceptMd5KeyOfChallengeAndSecretAndSayFullyBootedAndThenSendEvents() throws Exception {
        skipBanner();
        channel.writeInbound(AmiMessage.of("Action", "Challenge", "ActionID", "1#", "AuthType", "MD5"));
        AmiMessage challenge = channel.readOutbound();
        String key = HexFormat.of().formatHex(MessageDigest.getInstance("MD5")
                .digest((challenge.get("Challenge") + "secret").getBytes(StandardCharsets.UTF_8)));

        channel.writeInbound(AmiMessage.of("action", "Login", "actionid", "2#", "username", "acd", "authtype", "MD5",
                "key", key));

        AmiMessage login = channel.readOutbound();
        assertEquals("Success", login.get("Response"));
        assertEquals("2#", login.get("ActionID"));
        AmiMessage booted = channel.readOutbound();
        assertEquals("FullyBooted", booted.get("Event"), "Asterisk tells a session logging in after its boot");
        assertEquals(1, events.listeners(), "a logged-in connection receives events");
    }

    @Test
    void shouldRefuseWrongSecretAndCallActionsBeforeLogin() {
        skipBanner();
        channel.writeInbound(AmiMessage.of("Action", "Login", "Username", "acd", "Secret", "wrong"));
        channel.writeInbound(AmiMessage.of("Action", "Hangup", "ActionID", "3#", "Channel", "PJSIP/trunk-00000001"));

        assertEquals("Authentication failed", ((AmiMessage) channel.readOutbound()).get("Message"));
        AmiMessage hangup = channel.readOutbound();
        assertEquals("Permission denied", hangup.get("Message"));
        assertEquals("3#", hangup.get("ActionID"));
        assertTrue(handled.isEmpty());
        assertEquals(0, events.listeners());
    }

    @Test
    void shouldReportRecentAsteriskVersionAndPassCallActionsOnAfterLogin() {
        skipBanner();
        channel.writeInbound(AmiMessage.of("Action", "Login", "Username", "acd", "Secret", "secret"));
        channel.readOutbound();
        channel.readOutbound();

        channel.writeInbound(AmiMessage.of("Action", "CoreSettings", "ActionID", "4#"));
        channel.writeInbound(AmiMessage.of("Action", "Hangup", "ActionID", "5#", "Channel", "PJSIP/trunk-00000001"));

        assertEquals("22.10.1", ((AmiMessage) channel.readOutbound()).get("AsteriskVersion"));
        assertEquals("5#", ((AmiMessage) channel.readOutbound()).get("ActionID"));
        assertEquals("hangup", handled.get(0).action());
    }

    @Test
    void shouldSayGoodbyeAndCloseOnLogoff() {
        skipBanner();
        channel.writeInbound(AmiMessage.of("Action", "Logoff", "ActionID", "6#"));

        assertEquals("Goodbye", ((AmiMessage) channel.readOutbound()).get("Response"));
        assertFalse(channel.isOpen());
    }

    private void skipBanner() {
        ((ByteBuf) channel.readOutbound()).release();
    }
}
