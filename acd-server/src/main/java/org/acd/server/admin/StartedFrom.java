package org.acd.server.admin;

import java.nio.file.Path;
import org.acd.config.model.AcdConfig;

/**
 * The configuration file the server was started from and what it held then: what a reload reads
 * again and compares with. Immutable.
 */
public record StartedFrom(Path file, AcdConfig config) {
}
