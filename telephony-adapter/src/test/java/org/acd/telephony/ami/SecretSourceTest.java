package org.acd.telephony.ami;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class SecretSourceTest {

    private static final String SECRET = "s3cret-Pa55";

    @TempDir
    Path directory;

    @Test
    void shouldReadTheSecretFromTheEnvironmentVariable() {
        SecretSource source = new SecretSource.Environment("ACD_AMI_SECRET", Map.of("ACD_AMI_SECRET", SECRET));

        assertEquals(SECRET, source.read());
    }

    @Test
    void shouldNameTheMissingEnvironmentVariable() {
        SecretSource source = new SecretSource.Environment("ACD_AMI_SECRET", Map.of("OTHER", SECRET));

        IllegalStateException failure = assertThrows(IllegalStateException.class, source::read);

        assertEquals("AMI secret: environment variable ACD_AMI_SECRET is not set", failure.getMessage());
    }

    @Test
    void shouldNameTheEmptyEnvironmentVariable() {
        SecretSource source = new SecretSource.Environment("ACD_AMI_SECRET", Map.of("ACD_AMI_SECRET", ""));

        IllegalStateException failure = assertThrows(IllegalStateException.class, source::read);

        assertTrue(failure.getMessage().contains("ACD_AMI_SECRET"), failure.getMessage());
    }

    @Test
    void shouldNameTheVariableButNeverTheSecretWhenPrinted() {
        SecretSource source = new SecretSource.Environment("ACD_AMI_SECRET", Map.of("ACD_AMI_SECRET", SECRET));

        assertEquals("environment variable ACD_AMI_SECRET", source.toString());
        assertFalse(SecretSource.environment("ACD_AMI_SECRET").toString().contains(SECRET));
    }

    @Test
    void shouldReadTheSecretFromTheFileWithoutItsLineEnd() throws IOException {
        Path file = Files.writeString(directory.resolve("ami.secret"), SECRET + "\n", UTF_8);

        assertEquals(SECRET, SecretSource.file(file).read());
    }

    @Test
    void shouldNameTheMissingFile() {
        Path file = directory.resolve("missing.secret");

        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> SecretSource.file(file).read());

        assertEquals("AMI secret: cannot read file " + file + ": NoSuchFileException", failure.getMessage());
    }

    @Test
    void shouldNameTheBlankFile() throws IOException {
        Path file = Files.writeString(directory.resolve("ami.secret"), " \n", UTF_8);

        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> SecretSource.file(file).read());

        assertEquals("AMI secret: file " + file + " is empty", failure.getMessage());
    }

    @Test
    void shouldNameTheFileButNeverTheSecretWhenPrinted() throws IOException {
        Path file = Files.writeString(directory.resolve("ami.secret"), SECRET, UTF_8);
        SecretSource source = SecretSource.file(file);
        source.read();

        assertEquals("file " + file, source.toString());
        assertFalse(source.toString().contains(SECRET));
    }
}
