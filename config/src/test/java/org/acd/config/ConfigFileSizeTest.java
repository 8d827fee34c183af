package org.acd.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file over the size limit is refused by its size, before it is read. */
final class ConfigFileSizeTest {

    @TempDir
    Path directory;

    @Test
    void shouldRefuseAFileOverOneMebibyteWithoutReadingIt() throws IOException {
        Path huge = directory.resolve("huge.yaml");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(ConfigLoader.MAX_FILE_BYTES + 1);
        }

        InvalidConfigFileException error = assertThrows(InvalidConfigFileException.class, () -> ConfigLoader.load(huge));

        assertEquals(List.of("is 1048577 bytes; a configuration file is at most 1048576 bytes (1 MiB), bulk data such"
                + " as the caller directory belongs in its CSV"), error.problems());
    }
}
