package io.redweave.template;

import java.util.List;

/** Finds the closest known name to a misspelt one, for hints. */
final class Suggestions {
    private Suggestions() {
    }

    /** A hint naming the closest parameter to {@code wrong}, if one is close enough. */
    static String hint(String wrong, List<String> names) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String name : names) {
            int distance = distance(wrong.toLowerCase(java.util.Locale.ROOT), name.toLowerCase(java.util.Locale.ROOT));
            if (distance < bestDistance) {
                best = name;
                bestDistance = distance;
            }
        }
        if (best != null && bestDistance <= Math.max(2, wrong.length() / 3)) {
            return "Did you mean {" + best + "}?";
        }
        return names.isEmpty() ? "The method has no parameters: remove the placeholder"
                : "Use one of the parameter names, or a position such as {0}";
    }

    /** The Levenshtein distance between two strings. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
