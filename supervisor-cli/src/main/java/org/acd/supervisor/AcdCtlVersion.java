package org.acd.supervisor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version line of {@code acdctl --version}, from the version file Maven fills in at build time. */
final class AcdCtlVersion implements IVersionProvider {

    private static final String VERSION_FILE = "version.properties";

    @Override
    public String[] getVersion() {
        try (InputStream in = AcdCtlVersion.class.getResourceAsStream(VERSION_FILE)) {
            if (in == null) {
                throw new IllegalStateException(VERSION_FILE + " is missing beside " + AcdCtlVersion.class.getName()
                        + "; the build did not run its resources phase");
            }
            Properties properties = new Properties();
            properties.load(in);
            return new String[] {"acdctl " + properties.getProperty("version")};
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + VERSION_FILE, e);
        }
    }
}
