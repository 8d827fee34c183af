package org.acd.simulator.emulator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The one manager.conf user the emulator accepts. A login carries either the plain {@code Secret}
 * or, after a {@code Challenge}, {@code Key} = hex MD5 of the challenge followed by the secret.
 */
public record AmiCredentials(String username, String secret) {

    boolean accepts(AmiMessage login, String challenge) {
        if (!username.equals(login.get("Username"))) {
            return false;
        }
        String key = login.get("Key");
        if (key != null) {
            return challenge != null && key.equalsIgnoreCase(md5Hex(challenge + secret));
        }
        return secret.equals(login.get("Secret"));
    }

    private static String md5Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 missing from this JVM", e);
        }
    }
}
