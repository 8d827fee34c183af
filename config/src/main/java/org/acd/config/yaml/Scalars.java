package org.acd.config.yaml;

import java.util.Optional;

/** Small questions about nodes that are not fields of a map, such as list items. Stateless. */
public final class Scalars {

    private Scalars() {
    }

    /** The text of a non-empty scalar node, or empty for a map, a list or an empty value. */
    public static Optional<String> text(YamlNode node) {
        return node instanceof YamlNode.Scalar scalar ? Optional.ofNullable(scalar.text()) : Optional.empty();
    }
}
