package io.redweave.template;

import java.util.ArrayList;
import java.util.List;

/**
 * The one parser of the key-template grammar. It never throws on a bad template: it collects every
 * problem it finds, recovers, and goes on.
 */
final class TemplateParser {
    private final String text;
    private final TemplateKind kind;
    private final List<TemplatePart> parts = new ArrayList<>();
    private final List<TemplateProblem> problems = new ArrayList<>();
    private final StringBuilder literal = new StringBuilder();
    private int literalStart;

    private TemplateParser(String text, TemplateKind kind) {
        this.text = text;
        this.kind = kind;
    }

    /** Parses a template into its parts and problems. */
    static KeyTemplate parse(String text, TemplateKind kind) {
        TemplateParser parser = new TemplateParser(text, kind);
        parser.run();
        return new KeyTemplate(text, kind, parser.parts, parser.problems);
    }

    private void run() {
        if (text.isBlank()) {
            problems.add(Problems.emptyTemplate(text));
            return;
        }
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '{' && i + 1 < n && text.charAt(i + 1) == '{') {
                literal.append('{');
                i += 2;
            } else if (c == '}' && i + 1 < n && text.charAt(i + 1) == '}') {
                literal.append('}');
                i += 2;
            } else if (c == '{') {
                flushLiteral(i);
                i = placeholder(i);
                literalStart = i;
            } else if (c == '}') {
                problems.add(Problems.stray(text, i));
                i++;
            } else {
                int codePoint = text.codePointAt(i);
                checkLiteral(codePoint, i);
                literal.appendCodePoint(codePoint);
                i += Character.charCount(codePoint);
            }
        }
        flushLiteral(n);
    }

    private void checkLiteral(int codePoint, int at) {
        if (Chars.isInvisible(codePoint)) {
            problems.add(Problems.invisible(text, at, codePoint));
        } else if (kind == TemplateKind.KEY && Chars.isGlob(codePoint)) {
            problems.add(Problems.globInKey(text, at));
        }
    }

    private void flushLiteral(int end) {
        if (literal.length() > 0) {
            parts.add(new Literal(literal.toString(), literalStart, end));
            literal.setLength(0);
        }
    }

    /** Parses the placeholder opening at {@code start}; returns the offset to go on from. */
    private int placeholder(int start) {
        int depth = 0;
        boolean nested = false;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
                nested |= depth > 1;
            } else if (c == '}' && --depth == 0) {
                String content = text.substring(start + 1, i);
                if (nested) {
                    problems.add(Problems.malformed("{" + content + "}", start, i + 1,
                            "has a '{' inside it", "Placeholders do not nest: write {a} or {a.b}"));
                } else {
                    content(content, start, i + 1);
                }
                return i + 1;
            }
        }
        problems.add(Problems.unclosed(text, start));
        return start + 1;
    }

    private void content(String content, int start, int end) {
        if (content.isEmpty()) {
            problems.add(Problems.emptyPlaceholder(start));
            return;
        }
        String written = "{" + content + "}";
        String[] segments = splitOnDots(content);
        String why = PlaceholderSyntax.whyMalformed(content, segments);
        if (why != null) {
            problems.add(Problems.malformed(written, start, end, why, PlaceholderSyntax.hint(content)));
            return;
        }
        List<String> path = List.of(segments).subList(1, segments.length);
        String root = segments[0];
        if (Character.isDigit(root.charAt(0))) {
            parts.add(new Placeholder(null, PlaceholderSyntax.position(root), path, start, end));
        } else {
            parts.add(new Placeholder(root, -1, path, start, end));
        }
    }

    /** Splits on every '.', keeping empty segments (unlike String.split). */
    private static String[] splitOnDots(String content) {
        List<String> segments = new ArrayList<>();
        int from = 0;
        for (int i = 0; i <= content.length(); i++) {
            if (i == content.length() || content.charAt(i) == '.') {
                segments.add(content.substring(from, i));
                from = i + 1;
            }
        }
        return segments.toArray(new String[0]);
    }
}
