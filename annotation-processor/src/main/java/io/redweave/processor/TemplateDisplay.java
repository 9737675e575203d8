package io.redweave.processor;

/**
 * Shows a template in a diagnostic with carets under a range of it, invisible characters written as Java escapes
 * ({@code \t}, {@code \u00A0} …) so that they can be seen and the carets stay aligned.
 */
final class TemplateDisplay {
    private static final String INDENT = "    ";

    private TemplateDisplay() {
    }

    /** Two lines: the template, and carets under the characters from {@code start} to {@code end} (at least one). */
    static String pointAt(String template, int start, int end) {
        StringBuilder shown = new StringBuilder();
        int caretFrom = -1;
        int caretTo = -1;
        for (int i = 0; i <= template.length(); i++) {
            if (i == start) {
                caretFrom = shown.length();
            }
            if (i == end) {
                caretTo = shown.length();
            }
            if (i < template.length()) {
                shown.append(escape(template.charAt(i)));
            }
        }
        caretFrom = caretFrom < 0 ? shown.length() : caretFrom;
        caretTo = Math.max(caretTo, caretFrom + 1);
        return INDENT + shown + "\n" + INDENT + " ".repeat(caretFrom) + "^".repeat(caretTo - caretFrom);
    }

    /** A template as a Java string literal's content, for messages: {@code user:\t{id}}. */
    static String quoted(String template) {
        StringBuilder shown = new StringBuilder(template.length() + 2).append('"');
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            shown.append(c == '"' ? "\\\"" : c == '\\' ? "\\\\" : escape(c));
        }
        return shown.append('"').toString();
    }

    private static String escape(char c) {
        switch (c) {
            case '\t':
                return "\\t";
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\0':
                return "\\0";
            default:
                boolean invisible = c != ' ' && (Character.isWhitespace(c) || Character.isSpaceChar(c)
                        || Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                        || Character.isSurrogate(c));
                return invisible ? String.format("\\u%04X", (int) c) : String.valueOf(c);
        }
    }
}
