package org.acd.config.model;

import java.nio.file.Path;

/** Where the AMI password is read from when the server connects; the configuration never holds it. */
public sealed interface AmiSecret {

    record FromEnvironment(String variable) implements AmiSecret {
    }

    record FromFile(Path file) implements AmiSecret {
    }
}
