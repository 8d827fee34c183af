package org.acd.server.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The admin API's bearer token, kept in a file only its owner can read (rw-------). Made at first
 * start with 256 random bits; read back on later starts, refusing a file that others could read or
 * that belongs to someone else, since a planted token would open the API to whoever planted it.
 * Immutable; {@link #matches} is called on the admin event loop. The token itself never leaves this
 * class except into the file; {@link #derive} hands out values made from it, never it.
 */
public final class AdminToken {

    private static final int TOKEN_BYTES = 32;
    private static final String DERIVATION = "HmacSHA256";
    private static final Set<PosixFilePermission> OWNER_ONLY =
            EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

    private final byte[] token;
    private final Path file;

    private AdminToken(byte[] token, Path file) {
        this.token = token;
        this.file = file;
    }

    /** Reads the token from {@code file}, or creates the file (and its directory, owner-only) first. */
    public static AdminToken loadOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            checkPrivate(file);
            String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
            if (text.isEmpty()) {
                throw new IllegalStateException("the admin token file " + file + " is empty; delete it and a new "
                        + "token is made at the next start");
            }
            return new AdminToken(text.getBytes(StandardCharsets.US_ASCII), file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the admin token file " + file + " (" + e + ")", e);
        }
    }

    private static void create(Path file) throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        if (!Files.exists(directory)) {
            Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rwx------")));
        }
        byte[] random = new byte[TOKEN_BYTES];
        new SecureRandom().nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (FileAlreadyExistsException madeByAnotherStart) {
            return;
        }
        Files.writeString(file, token + "\n", StandardCharsets.US_ASCII);
    }

    private static void checkPrivate(Path file) throws IOException {
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
        if (!OWNER_ONLY.containsAll(permissions)) {
            throw new IllegalStateException("the admin token file " + file + " is readable or writable by others ("
                    + PosixFilePermissions.toString(permissions) + "); run chmod 600 " + file + " or delete it");
        }
        String owner = Files.getOwner(file).getName();
        String me = System.getProperty("user.name");
        if (!owner.equals(me)) {
            throw new IllegalStateException("the admin token file " + file + " belongs to " + owner + ", not to "
                    + me + "; use --admin-token-file to name one of your own");
        }
    }

    /** Whether {@code presented} is the token, in time that does not depend on where they differ. */
    public boolean matches(String presented) {
        return MessageDigest.isEqual(token, presented.getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * A credential for one narrower use, derived from the token (HMAC-SHA256 of {@code purpose} keyed
     * with it, base64url): whoever holds it has shown the token once, but cannot recover the token
     * or use it on the rest of the API. The same token always derives the same value, so it lasts
     * across restarts and ends when the token file is replaced.
     */
    public String derive(String purpose) {
        try {
            Mac mac = Mac.getInstance(DERIVATION);
            mac.init(new SecretKeySpec(token, DERIVATION));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(DERIVATION + " is missing from this Java runtime", e);
        }
    }

    public Path file() {
        return file;
    }

    @Override
    public String toString() {
        return "AdminToken[file=" + file + "]";
    }
}
