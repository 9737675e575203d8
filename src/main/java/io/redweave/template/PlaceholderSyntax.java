package io.redweave.template;

/** The rules for what may stand between a placeholder's braces. */
final class PlaceholderSyntax {
    /** Positions above this are written with too many digits to be a parameter of any method. */
    private static final int MAX_POSITION_DIGITS = 3;

    private PlaceholderSyntax() {
    }

    /** Why the content is malformed, completing "The placeholder {x} at N …", or null when it is fine. */
    static String whyMalformed(String content, String[] segments) {
        for (int i = 0; i < content.length(); i++) {
            if (Chars.isInvisible(content.charAt(i))) {
                return "has white space or an invisible character (" + Chars.describe(content.charAt(i)) + ")";
            }
        }
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            if (segment.isEmpty()) {
                return i == 0 ? "starts with a '.'"
                        : i == segments.length - 1 ? "ends with a '.'" : "has two dots in a row";
            }
            if (i == 0 && Character.isDigit(segment.charAt(0))) {
                String why = whyBadPosition(segment);
                if (why != null) {
                    return why;
                }
            } else if (!isIdentifier(segment)) {
                return "has '" + segment + "', which is not a Java identifier";
            }
        }
        return null;
    }

    private static String whyBadPosition(String segment) {
        for (int i = 0; i < segment.length(); i++) {
            if (!isAsciiDigit(segment.charAt(i))) {
                return "starts with '" + segment + "', which is neither a position (digits only) nor a name";
            }
        }
        if (segment.length() > 1 && segment.charAt(0) == '0') {
            return "has the position '" + segment + "' with a leading zero";
        }
        if (segment.length() > MAX_POSITION_DIGITS) {
            return "has the position '" + segment + "', which no method has";
        }
        return null;
    }

    /** How to fix a malformed placeholder. */
    static String hint(String content) {
        return "Write a parameter name ({userId}), a position ({0}) or a property path ({user.id}, {0.id})"
                + (content.contains("{") || content.contains("}") ? "; write '{{' and '}}' for literal braces" : "");
    }

    /** The position written in digits (already checked by {@link #whyMalformed}). */
    static int position(String digits) {
        return Integer.parseInt(digits);
    }

    static boolean isIdentifier(String segment) {
        if (segment.isEmpty() || !Character.isJavaIdentifierStart(segment.codePointAt(0))) {
            return false;
        }
        for (int i = Character.charCount(segment.codePointAt(0)); i < segment.length(); ) {
            int codePoint = segment.codePointAt(i);
            if (!Character.isJavaIdentifierPart(codePoint) || Character.isIdentifierIgnorable(codePoint)) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
