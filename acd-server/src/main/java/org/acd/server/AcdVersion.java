package org.acd.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version line of {@code acd --version}, from the version file Maven fills in at build time. */
public final class AcdVersion implements IVersionProvider {

    private static final String VERSION_FILE = "version.properties";

    @Override
    public String[] getVersion() {
        return new String[] {"acd " + current()};
    }

    /** This build's version, e.g. 0.1.0-SNAPSHOT. */
    public static String current() {
        try (InputStream in = AcdVersion.class.getResourceAsStream(VERSION_FILE)) {
            if (in == null) {
                throw new IllegalStateException(VERSION_FILE + " is missing beside " + AcdVersion.class.getName()
                        + "; the build did not run its resources phase");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + VERSION_FILE, e);
        }
    }
}
