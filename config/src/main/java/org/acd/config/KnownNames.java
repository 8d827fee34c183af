package org.acd.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.acd.config.yaml.Fields;
import org.acd.config.yaml.NearestName;
import org.acd.config.yaml.Problems;
import org.acd.config.yaml.YamlNode;

/**
 * The ids of one kind the file declares (skills, tiers, queues, nodes), known before the sections
 * that refer to them are read, so that a reference to an unknown one is reported where it is made,
 * with a "did you mean" for a near miss. Immutable.
 */
record KnownNames(String kind, Set<String> names) {

    KnownNames {
        names = Collections.unmodifiableSet(new LinkedHashSet<>(names));
    }

    /** The {@code id} of every map in {@code list} that has one; none when it is not a list (reported where it is read). */
    static KnownNames ofIds(String kind, YamlNode list) {
        Set<String> ids = new LinkedHashSet<>();
        List<YamlNode> items = list instanceof YamlNode.Sequence sequence ? sequence.items() : List.of();
        for (YamlNode item : items) {
            if (item instanceof YamlNode.Mapping map && map.entries().get("id") instanceof YamlNode.Scalar id
                    && id.text() != null) {
                ids.add(id.text());
            }
        }
        return new KnownNames(kind, ids);
    }

    boolean contains(String name) {
        return names.contains(name);
    }

    /** Records a problem at {@code path} (line {@code line}) unless {@code name} is known; true when known. */
    boolean check(String name, String path, int line, Problems problems) {
        if (name == null || names.contains(name)) {
            return name != null;
        }
        problems.add(path, "unknown " + kind + " '" + name + "'" + NearestName.hint(name, names), line);
        return false;
    }

    /** Checks the value of {@code key}, reporting at the key's path and line. */
    boolean check(Fields fields, String key, String name) {
        return check(name, fields.path(key), fields.line(key), fields.problems());
    }

    List<String> sorted() {
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(null);
        return sorted;
    }
}
