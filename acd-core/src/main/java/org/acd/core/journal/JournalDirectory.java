package org.acd.core.journal;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Makes the journal's directories private before Chronicle writes into them. The journal holds
 * callers' numbers and every agent's day, so the directory and its {@code events/} and
 * {@code outcomes/} are created {@code rwx------}. Java cannot set a process umask, and Chronicle
 * creates its files with the process's one (usually {@code rw-r--r--}); an owner-only directory
 * keeps everyone else from reaching them. An existing directory that others can enter is not
 * refused (a server restarted after an upgrade must come back and serve calls), but named in a
 * warning with the command that fixes it. A directory that cannot be written, or whose file system
 * has too little room, is refused with a {@link JournalUnavailableException} saying what to fix.
 * Stateless; called by {@link Journal} when it opens.
 */
public final class JournalDirectory {

    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);
    private static final FileAttribute<Set<PosixFilePermission>> OWNER_ONLY =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"));

    /**
     * Chronicle maps each queue's daily file in 80 MiB blocks, sparse: the space is taken as events
     * are written, and a write into a page the file system cannot back kills the process with
     * SIGBUS instead of failing with an error. Three queues (events, outcomes, IVR) get room for one
     * block each, rounded up.
     */
    static final long MIN_FREE_BYTES = 256L * 1024 * 1024;

    private JournalDirectory() {
    }

    /**
     * Creates {@code directory} and the queues' subdirectories owner-only where missing; returns a
     * warning for each of them that already exists and is open to others (none on a file system
     * without POSIX permissions).
     */
    public static List<String> prepare(Path directory, List<String> queues) {
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        List<String> warnings = new ArrayList<>();
        List<Path> paths = new ArrayList<>();
        paths.add(directory);
        queues.forEach(queue -> paths.add(directory.resolve(queue)));
        try {
            for (Path path : paths) {
                if (Files.isDirectory(path)) {
                    if (posix) {
                        warnIfOpen(path, warnings);
                    }
                } else if (posix) {
                    Files.createDirectories(path, OWNER_ONLY);
                } else {
                    Files.createDirectories(path);
                }
            }
        } catch (IOException e) {
            throw new JournalUnavailableException("cannot create the journal directory " + directory + " ("
                    + e.getMessage() + "): make it writable by this user, on a file system mounted read-write, or "
                    + "give another directory", e);
        }
        checkWritable(directory);
        checkFreeSpace(directory);
        return warnings;
    }

    /** Creates and deletes a file in it: permissions, a read-only mount and an exhausted inode table all show here. */
    private static void checkWritable(Path directory) {
        try {
            Files.delete(Files.createTempFile(directory, ".writable-", ".probe"));
        } catch (IOException e) {
            throw new JournalUnavailableException("the journal directory " + directory + " is not writable ("
                    + e.getMessage() + "): make it writable by this user (and its file system mounted read-write), "
                    + "or give another directory", e);
        }
    }

    private static void checkFreeSpace(Path directory) {
        long free;
        try {
            free = Files.getFileStore(directory).getUsableSpace();
        } catch (IOException e) {
            throw new JournalUnavailableException("cannot tell the free space of the journal directory " + directory
                    + " (" + e.getMessage() + ")", e);
        }
        if (free < MIN_FREE_BYTES) {
            throw new JournalUnavailableException("the journal directory " + directory + " has " + mib(free)
                    + " MiB free on its file system; the journal needs at least " + mib(MIN_FREE_BYTES)
                    + " MiB: free some space there, or give a directory on a file system with room", null);
        }
    }

    private static long mib(long bytes) {
        return bytes / (1024 * 1024);
    }

    private static void warnIfOpen(Path path, List<String> warnings) throws IOException {
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path);
        if (permissions.stream().anyMatch(OTHERS::contains)) {
            warnings.add("the journal directory " + path + " is open to other users ("
                    + PosixFilePermissions.toString(permissions) + ") and holds callers' numbers; run chmod 700 "
                    + path);
        }
    }
}
