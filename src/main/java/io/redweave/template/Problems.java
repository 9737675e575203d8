package io.redweave.template;

import java.util.List;

/** The messages and hints of every template problem, written in one place. */
final class Problems {
    private Problems() {
    }

    static TemplateProblem emptyTemplate(String text) {
        return new TemplateProblem(ProblemId.EMPTY_TEMPLATE, 0, text.length(),
                "The template \"" + text + "\" is empty or blank",
                "Write the key's literal text and placeholders, such as \"user:{id}\"");
    }

    static TemplateProblem unclosed(String text, int start) {
        return new TemplateProblem(ProblemId.UNCLOSED_PLACEHOLDER, start, start + 1,
                "The '{' in \"" + excerpt(text, start) + "\" opens a placeholder that is never closed",
                "Close the placeholder with '}', or write '{{' for a literal brace");
    }

    static TemplateProblem stray(String text, int at) {
        return new TemplateProblem(ProblemId.STRAY_CLOSING_BRACE, at, at + 1,
                "The '}' in \"" + excerpt(text, at) + "\" closes no placeholder",
                "Write '}}' for a literal brace, or open the placeholder with '{'");
    }

    static TemplateProblem emptyPlaceholder(int start) {
        return new TemplateProblem(ProblemId.EMPTY_PLACEHOLDER, start, start + 2,
                "The placeholder '{}' names nothing",
                "Name a parameter, as in {userId}, or give its position, as in {0}");
    }

    static TemplateProblem malformed(String placeholder, int start, int end, String why, String hint) {
        return new TemplateProblem(ProblemId.MALFORMED_PLACEHOLDER, start, end,
                "The placeholder " + placeholder + " " + why, hint);
    }

    static TemplateProblem globInKey(String text, int at) {
        char c = text.charAt(at);
        return new TemplateProblem(ProblemId.GLOB_IN_KEY, at, at + 1,
                "The key template's literal text has the glob character '" + c + "' in \"" + excerpt(text, at) + "\"",
                "A key must be matchable by patterns: remove '" + c
                        + "'. Glob characters belong in a PATTERN template (@InvalidateCache)");
    }

    static TemplateProblem invisible(String text, int at, int codePoint) {
        return new TemplateProblem(ProblemId.INVISIBLE_CHARACTER, at, at + Character.charCount(codePoint),
                "The literal text has the invisible character " + Chars.describe(codePoint) + " in \""
                        + visible(excerpt(text, at)) + "\"",
                "Remove it: keys with white space or control characters are hard to read, type and match");
    }

    static TemplateProblem unknownParameter(Placeholder p, List<String> names) {
        return new TemplateProblem(ProblemId.UNKNOWN_PARAMETER, p.start(), p.end(),
                "The placeholder " + p + " names no parameter: the parameters are "
                        + (names.isEmpty() ? "none" : String.join(", ", names)),
                Suggestions.hint(p.name(), names));
    }

    static TemplateProblem positionOutOfRange(Placeholder p, int count) {
        return new TemplateProblem(ProblemId.POSITION_OUT_OF_RANGE, p.start(), p.end(),
                "The placeholder " + p + " refers to parameter " + p.position()
                        + ", but the method has " + count + (count == 1 ? " parameter" : " parameters"),
                count == 0 ? "The method has no parameters: remove the placeholder"
                        : "Positions count from 0: use {0} to {" + (count - 1) + "}");
    }

    static TemplateProblem namesUnavailable(Placeholder p) {
        return new TemplateProblem(ProblemId.PARAMETER_NAMES_UNAVAILABLE, p.start(), p.end(),
                "The placeholder " + p + " names parameter '" + p.name()
                        + "', but parameter names are not available: the class was compiled without -parameters",
                "Compile with javac -parameters (maven-compiler-plugin <parameters>true</parameters>), "
                        + "or add the redweave-processor annotation processor (it records the names), "
                        + "or refer to the parameter by position, as in {0}");
    }

    static TemplateProblem unknownProperty(Placeholder p, int index, Class<?> type) {
        String property = p.path().get(index);
        int at = p.offsetOf(index);
        return new TemplateProblem(ProblemId.UNKNOWN_PROPERTY, at, at + property.length(),
                "The placeholder " + p + " reads property '" + property + "', but "
                        + type.getTypeName() + " has no " + PropertyAccessors.candidates(property),
                "Fix the property name, or add a public getter, record component or public field '"
                        + property + "' to " + type.getSimpleName());
    }

    static TemplateProblem unstableType(Placeholder p, Class<?> type, String why) {
        return new TemplateProblem(ProblemId.UNSTABLE_TYPE, p.start(), p.end(),
                "The placeholder " + p + " renders a " + type.getTypeName() + ", which "
                        + why,
                "Refer to a value-like property instead, as in {order.id}, or pass a String");
    }

    /** The text with every invisible character shown as '?'. */
    private static String visible(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            out.append(Chars.isInvisible(text.charAt(i)) && text.charAt(i) != ' ' ? '?' : text.charAt(i));
        }
        return out.toString();
    }

    /** Up to 20 characters of the template around an offset, for messages. */
    private static String excerpt(String text, int at) {
        int from = Math.max(0, at - 10);
        int to = Math.min(text.length(), at + 10);
        return (from > 0 ? "…" : "") + text.substring(from, to) + (to < text.length() ? "…" : "");
    }
}
