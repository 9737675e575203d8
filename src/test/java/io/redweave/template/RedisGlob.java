package io.redweave.template;

/** A test copy of Redis's glob matching ({@code stringmatchlen} in util.c), for asserting what a pattern matches. */
final class RedisGlob {
    private RedisGlob() {
    }

    static boolean matches(String pattern, String key) {
        return match(pattern, 0, key, 0);
    }

    private static boolean match(String p, int pi, String s, int si) {
        while (pi < p.length()) {
            char c = p.charAt(pi);
            switch (c) {
                case '*' -> {
                    while (pi + 1 < p.length() && p.charAt(pi + 1) == '*') {
                        pi++;
                    }
                    if (pi + 1 == p.length()) {
                        return true;
                    }
                    for (int k = si; k <= s.length(); k++) {
                        if (match(p, pi + 1, s, k)) {
                            return true;
                        }
                    }
                    return false;
                }
                case '?' -> {
                    if (si >= s.length()) {
                        return false;
                    }
                    si++;
                }
                case '[' -> {
                    if (si >= s.length()) {
                        return false;
                    }
                    int end = pi + 1;
                    boolean not = end < p.length() && p.charAt(end) == '^';
                    if (not) {
                        end++;
                    }
                    boolean found = false;
                    while (end < p.length() && p.charAt(end) != ']') {
                        if (p.charAt(end) == '\\' && end + 1 < p.length()) {
                            end++;
                            found |= p.charAt(end) == s.charAt(si);
                        } else if (end + 2 < p.length() && p.charAt(end + 1) == '-') {
                            char from = p.charAt(end);
                            char to = p.charAt(end + 2);
                            found |= s.charAt(si) >= Math.min(from, to) && s.charAt(si) <= Math.max(from, to);
                            end += 2;
                        } else {
                            found |= p.charAt(end) == s.charAt(si);
                        }
                        end++;
                    }
                    if (found == not) {
                        return false;
                    }
                    pi = end;
                    si++;
                }
                default -> {
                    if (c == '\\' && pi + 1 < p.length()) {
                        pi++;
                        c = p.charAt(pi);
                    }
                    if (si >= s.length() || s.charAt(si) != c) {
                        return false;
                    }
                    si++;
                }
            }
            pi++;
        }
        return si == s.length();
    }
}
