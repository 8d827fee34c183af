package org.acd.core.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The journal's directories are owner-only when the journal makes them, named when others can enter
 * them, and refused with what to fix when they cannot be made (read-only and full file systems are
 * chaos's DiskFaultScenario, which mounts them).
 */
final class JournalDirectoryTest {

    @TempDir
    Path temp;

    @Test
    void shouldCreateTheJournalAndBothQueuesOwnerOnly() throws IOException {
        Path directory = temp.resolve("site").resolve("journal");

        try (Journal journal = new Journal(directory, JournalDurability.PAGE_CACHE)) {
            journal.eventAppender().writer().agentLoggedIn(1_000, "a1");
        }

        assertEquals("rwx------", permissions(temp.resolve("site")));
        assertEquals("rwx------", permissions(directory));
        assertEquals("rwx------", permissions(directory.resolve("events")));
        assertEquals("rwx------", permissions(directory.resolve("outcomes")));
    }

    @Test
    void shouldWarnWithTheFixAboutAJournalDirectoryOthersCanEnter() throws IOException {
        Path directory = Files.createDirectory(temp.resolve("journal"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxr-xr-x"));

        List<String> warnings = JournalDirectory.prepare(directory, List.of("events", "outcomes"));

        assertEquals(List.of("the journal directory " + directory + " is open to other users (rwxr-xr-x) and holds"
                + " callers' numbers; run chmod 700 " + directory), warnings);
        assertEquals("rwx------", permissions(directory.resolve("events")));
    }

    @Test
    void shouldSayNothingAboutAnOwnerOnlyJournal() {
        Path directory = temp.resolve("journal");
        JournalDirectory.prepare(directory, List.of("events", "outcomes"));

        assertEquals(List.of(), JournalDirectory.prepare(directory, List.of("events", "outcomes")));
    }

    @Test
    void shouldRefuseAJournalDirectoryThatCannotBeCreatedNamingItAndTheFix() throws IOException {
        Path file = Files.writeString(temp.resolve("not-a-directory"), "x");
        Path directory = file.resolve("journal");

        JournalUnavailableException refused = assertThrows(JournalUnavailableException.class,
                () -> JournalDirectory.prepare(directory, List.of("events", "outcomes")));

        assertTrue(refused.getMessage().startsWith("cannot create the journal directory " + directory + " ("),
                refused.getMessage());
        assertTrue(refused.getMessage().endsWith("): make it writable by this user, on a file system mounted read-write, or give"
                + " another directory"), refused.getMessage());
    }

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
