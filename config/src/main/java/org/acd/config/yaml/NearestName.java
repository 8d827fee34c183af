package org.acd.config.yaml;

import java.util.Collection;
import java.util.Optional;

/**
 * Finds the known name a misspelt one was probably meant to be, for "did you mean" hints: the
 * closest by edit distance, if it is close enough to be a typo (a third of the name's length, at
 * least 1, at most 3 edits). Stateless.
 */
public final class NearestName {

    private NearestName() {
    }

    public static Optional<String> of(String name, Collection<String> known) {
        int allowed = Math.max(1, Math.min(3, name.length() / 3));
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int distance = distance(name, candidate);
            if (distance <= allowed && distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** " (did you mean 'x'?)" or nothing. */
    public static String hint(String name, Collection<String> known) {
        return of(name, known).map(near -> " (did you mean '" + near + "'?)").orElse("");
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
