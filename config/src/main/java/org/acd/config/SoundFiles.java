package org.acd.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.acd.config.yaml.Fields;
import org.acd.config.yaml.Problems;

/**
 * The sounds directory of {@code ivr.sounds} (relative to the configuration file), where every prompt
 * a flow node names must exist as a file with one of Asterisk's sound extensions, so that a missing
 * recording is found by {@code acd config check} rather than by a caller hearing silence. A prompt
 * with a variable ({@code order-status-${order.status}}) is known only during a call and is not
 * checked. Read once, on the loading thread.
 */
final class SoundFiles {

    /** The extensions Asterisk plays a prompt from, the formats its codecs and format modules read. */
    static final List<String> EXTENSIONS = List.of("gsm", "wav", "WAV", "wav16", "ulaw", "ul", "mu", "pcm", "alaw",
            "al", "alw", "sln", "raw", "sln12", "sln16", "sln24", "sln32", "sln44", "sln48", "sln96", "sln192",
            "g722", "g723", "g729", "g726-16", "g726-24", "g726-32", "g726-40", "ilbc", "siren7", "siren14",
            "ogg", "vox");
    private static final String VARIABLE = "${";

    private final Path directory;
    private final String written;

    private SoundFiles(Path directory, String written) {
        this.directory = directory;
        this.written = written;
    }

    /**
     * The directory {@code ivr.sounds} names; empty when it is not set, when the file's own directory
     * is unknown (nothing to resolve against), or when it is not a directory (a problem then).
     */
    static Optional<SoundFiles> read(Fields ivr, Optional<Path> baseDirectory) {
        String sounds = ivr.nonBlankText("sounds", false);
        if (sounds == null || baseDirectory.isEmpty()) {
            return Optional.empty();
        }
        Path directory = baseDirectory.get().resolve(sounds);
        if (!Files.isDirectory(directory)) {
            ivr.problem("sounds", "no directory '" + sounds + "'");
            return Optional.empty();
        }
        return Optional.of(new SoundFiles(directory, sounds));
    }

    /** Reports the prompt at {@code path} when no file of it with a sound extension is in the directory. */
    void check(String prompt, String path, int line, Problems problems) {
        if (prompt.contains(VARIABLE)) {
            return;
        }
        boolean found = EXTENSIONS.stream().anyMatch(extension -> Files.isRegularFile(
                directory.resolve(prompt + "." + extension)));
        if (!found) {
            problems.add(path, "no sound file for prompt '" + prompt + "' in " + written + " (looked for .gsm, .wav,"
                    + " .ulaw, .alaw, .sln, .g722 and Asterisk's other sound extensions)", line);
        }
    }
}
