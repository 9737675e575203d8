package io.redweave.template;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of the shared template corpus ({@code templates/corpus.txt}, format in its header), as text: read the
 * same way by the runtime's corpus test and by the annotation processor's.
 *
 * @param line      the line number in the file
 * @param expected  the expected problem IDs; empty for {@code OK}
 * @param kind      KEY or PATTERN
 * @param names     the parameter names, or {@code null} when they are unknown ({@code ?})
 * @param typeNames the parameter types as written, such as {@code String} or {@code Customer}
 * @param template  the template, unescaped
 */
public record CorpusLine(int line, List<String> expected, TemplateKind kind, List<String> names,
        List<String> typeNames, String template) {

    /** The corpus lines of a file's lines, skipping blank lines and {@code #} comments. */
    public static List<CorpusLine> parse(List<String> fileLines) {
        List<CorpusLine> entries = new ArrayList<>();
        for (int i = 0; i < fileLines.size(); i++) {
            String text = fileLines.get(i);
            if (!text.isEmpty() && !text.startsWith("#")) {
                entries.add(parse(i + 1, text));
            }
        }
        return entries;
    }

    private static CorpusLine parse(int number, String text) {
        String[] columns = text.split("\t", 4);
        if (columns.length != 4) {
            throw new IllegalArgumentException("corpus line " + number + " has " + columns.length + " columns, not 4");
        }
        List<String> expected = columns[0].equals("OK") ? List.of() : List.of(columns[0].split(","));
        List<String> names = new ArrayList<>();
        List<String> types = new ArrayList<>();
        boolean unknownNames = false;
        if (!columns[2].equals("-")) {
            for (String parameter : columns[2].split(", ")) {
                String[] typeAndName = parameter.split(" ");
                if (typeAndName.length != 2) {
                    throw new IllegalArgumentException("corpus line " + number + ": bad parameter \"" + parameter + "\"");
                }
                types.add(typeAndName[0]);
                names.add(typeAndName[1]);
                unknownNames |= typeAndName[1].equals("?");
            }
        }
        return new CorpusLine(number, expected, TemplateKind.valueOf(columns[1]), unknownNames ? null : names, types,
                unescape(number, columns[3]));
    }

    /** Undoes the corpus's escapes: {@code \\}, {@code \t}, {@code \n}, {@code \r}, {@code \0}, {@code \}{@code uXXXX}. */
    static String unescape(int number, String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char next = i + 1 < text.length() ? text.charAt(++i) : ' ';
            switch (next) {
                case '\\' -> out.append('\\');
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case '0' -> out.append('\0');
                case 'u' -> {
                    out.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> throw new IllegalArgumentException("corpus line " + number + ": bad escape \\" + next);
            }
        }
        return out.toString();
    }
}
