package org.acd.telephony.ami;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where a secret (the AMI password) comes from: an environment variable or a file, never the
 * configuration itself. {@link #toString()} names the source, never the secret.
 */
public sealed interface SecretSource {

    /** Reads the secret now; the message of a failure names the source, not the value. */
    String read();

    static SecretSource environment(String variable) {
        return new Environment(variable, System.getenv());
    }

    static SecretSource file(Path path) {
        return new File(path);
    }

    record Environment(String variable, Map<String, String> env) implements SecretSource {
        @Override
        public String read() {
            String value = env.get(variable);
            if (value == null || value.isEmpty()) {
                throw new IllegalStateException("AMI secret: environment variable " + variable + " is not set");
            }
            return value;
        }

        @Override
        public String toString() {
            return "environment variable " + variable;
        }
    }

    record File(Path path) implements SecretSource {
        @Override
        public String read() {
            try {
                String value = Files.readString(path, StandardCharsets.UTF_8).strip();
                if (value.isEmpty()) {
                    throw new IllegalStateException("AMI secret: file " + path + " is empty");
                }
                return value;
            } catch (IOException e) {
                throw new IllegalStateException("AMI secret: cannot read file " + path + ": "
                        + e.getClass().getSimpleName(), e);
            }
        }

        @Override
        public String toString() {
            return "file " + path;
        }
    }
}
