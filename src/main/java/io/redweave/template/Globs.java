package io.redweave.template;

/**
 * Questions about Redis glob patterns ({@code SCAN MATCH}, {@code KEYS}): does a pattern hold glob
 * characters, and which key does a pattern without them stand for.
 */
public final class Globs {
    private Globs() {
    }

    /**
     * Whether a pattern holds an unescaped {@code *}, {@code ?} or {@code [}. A rendered pattern
     * without one matches exactly one key (see {@link #exactKey(String)}), which can be deleted
     * without scanning.
     */
    public static boolean hasGlob(CharSequence pattern) {
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '*' || c == '?' || c == '[') {
                return true;
            }
        }
        return false;
    }

    /**
     * The one key a pattern without glob characters matches: the pattern with its backslash escapes
     * removed.
     *
     * @throws IllegalArgumentException when the pattern has glob characters
     */
    public static String exactKey(String pattern) {
        if (hasGlob(pattern)) {
            throw new IllegalArgumentException("The pattern \"" + pattern
                    + "\" has glob characters, so it matches many keys, not one: scan for them instead");
        }
        if (pattern.indexOf('\\') < 0) {
            return pattern;
        }
        StringBuilder key = new StringBuilder(pattern.length());
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c != '\\' || i + 1 == pattern.length()) {
                key.append(c);
            } else {
                key.append(pattern.charAt(++i));
            }
        }
        return key.toString();
    }
}
