package org.acd.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.acd.config.model.AcdConfig;
import org.acd.config.yaml.Problems;
import org.acd.config.yaml.YamlNode;
import org.acd.config.yaml.YamlTreeReader;

/**
 * Loads the server's configuration file (the README's "Configuration"). Every problem in the file
 * is reported at once, each with its path and line, as an {@link InvalidConfigFileException}.
 * Stateless; any thread.
 */
public final class ConfigLoader {

    /** The shipped example, {@code config/examples/retail.yaml}, on the class path. */
    public static final String RETAIL_EXAMPLE = "/org/acd/config/examples/retail.yaml";

    /**
     * Largest configuration file read: the retail example is 8 KiB, and bulk data (the caller
     * directory) lives in its own CSV. Checked before reading, so a wrong path to a huge file costs nothing.
     */
    public static final long MAX_FILE_BYTES = 1024 * 1024;

    private ConfigLoader() {
    }

    /** Reads {@code file}; paths inside it (the caller directory's CSV, a secret file) are relative to its directory. */
    public static AcdConfig load(Path file) {
        String text;
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new InvalidConfigFileException(file.toString(), List.of("is " + size
                        + " bytes; a configuration file is at most " + MAX_FILE_BYTES + " bytes (1 MiB), bulk data"
                        + " such as the caller directory belongs in its CSV"));
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidConfigFileException(file.toString(),
                    List.of("cannot be read (" + e.getClass().getSimpleName() + ")"));
        }
        return parse(text, file.toString(), Optional.of(file.toAbsolutePath().getParent()));
    }

    /** The shipped retail example, from the class path; its caller directory's CSV is not read. */
    public static AcdConfig retailExample() {
        try (InputStream in = ConfigLoader.class.getResourceAsStream(RETAIL_EXAMPLE)) {
            if (in == null) {
                throw new IllegalStateException(RETAIL_EXAMPLE + " is missing from the class path");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "retail.yaml", Optional.empty());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RETAIL_EXAMPLE, e);
        }
    }

    /**
     * Reads configuration text; {@code source} names it in messages; relative paths start at
     * {@code baseDirectory}, and files it names are checked only when it is given.
     */
    public static AcdConfig parse(String yaml, String source, Optional<Path> baseDirectory) {
        Problems problems = new Problems();
        YamlNode root = YamlTreeReader.read(yaml, problems);
        AcdConfig config = root == null ? null : new AcdConfigReader(problems, baseDirectory).read(root);
        if (config == null) {
            throw new InvalidConfigFileException(source, problems.messages());
        }
        return config;
    }
}
