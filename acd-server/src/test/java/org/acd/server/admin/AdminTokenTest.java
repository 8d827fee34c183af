package org.acd.server.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class AdminTokenTest {

    @TempDir
    Path temp;

    @Test
    void shouldCreateTheTokenFileReadableByItsOwnerOnly() throws IOException {
        Path file = temp.resolve("acd").resolve("admin-token");

        AdminToken.loadOrCreate(file);

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
        assertTrue(Files.readString(file).strip().length() >= 40, "256 random bits, base64");
    }

    @Test
    void shouldKeepTheTokenAcrossStarts() throws IOException {
        Path file = temp.resolve("admin-token");
        AdminToken.loadOrCreate(file);
        String token = Files.readString(file).strip();

        AdminToken again = AdminToken.loadOrCreate(file);

        assertTrue(again.matches(token));
    }

    @Test
    void shouldMatchOnlyTheExactToken() throws IOException {
        Path file = temp.resolve("admin-token");
        AdminToken token = AdminToken.loadOrCreate(file);
        String text = Files.readString(file).strip();

        assertTrue(token.matches(text));
        assertFalse(token.matches(text.substring(1)));
        assertFalse(token.matches(text + "x"));
        assertFalse(token.matches(""));
    }

    @Test
    void shouldRefuseATokenFileOthersCanRead() throws IOException {
        Path file = Files.writeString(temp.resolve("admin-token"), "planted\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> AdminToken.loadOrCreate(file));

        assertTrue(refused.getMessage().contains("readable or writable by others"), refused::getMessage);
        assertFalse(refused.getMessage().contains("planted"), "the token stays out of messages");
    }

    @Test
    void shouldNotShowTheTokenWhenPrinted() throws IOException {
        Path file = temp.resolve("admin-token");
        AdminToken token = AdminToken.loadOrCreate(file);

        assertFalse(token.toString().contains(Files.readString(file).strip()));
    }
}
