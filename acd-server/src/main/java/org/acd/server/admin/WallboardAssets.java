package org.acd.server.admin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/**
 * The web wallboard's static files, read once from the class path ({@code org/acd/server/admin/wallboard/}):
 * the page, its script and its style sheet, each with its content type. A missing file fails the
 * server's start, not a wall screen later. Immutable; any thread.
 */
final class WallboardAssets {

    /** A file and its content type. */
    record Asset(byte[] content, String contentType) {
    }

    private static final String DIRECTORY = "wallboard/";

    private final Map<String, Asset> byPath;

    WallboardAssets() {
        byPath = Map.of(
                WallboardAccess.PATH, read("index.html", "text/html; charset=utf-8"),
                WallboardAccess.PATH + "/wallboard.js", read("wallboard.js", "text/javascript; charset=utf-8"),
                WallboardAccess.PATH + "/wallboard.css", read("wallboard.css", "text/css; charset=utf-8"));
    }

    /** The file served at {@code path}, if there is one. */
    Optional<Asset> at(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    private static Asset read(String name, String contentType) {
        try (InputStream in = WallboardAssets.class.getResourceAsStream(DIRECTORY + name)) {
            if (in == null) {
                throw new IllegalStateException("the wallboard's " + DIRECTORY + name + " is missing from the class "
                        + "path of " + WallboardAssets.class.getPackageName());
            }
            return new Asset(in.readAllBytes(), contentType);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the wallboard's " + name, e);
        }
    }
}
