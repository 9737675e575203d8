package io.redweave.processor;

import io.redweave.template.TemplateKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads core's shared template corpus ({@code src/test/resources/templates/corpus.txt}) from the repository; the
 * format is documented in the file's header.
 */
final class CorpusFile {
    static final Path CORPUS = Path.of("src/test/resources/templates/corpus.txt");
    static final Path FIXTURES = Path.of("src/test/java/io/redweave/template/corpus");

    /** One corpus line; {@code names} is null when the line's names are unknown ({@code ?}). */
    record Entry(int line, List<String> expected, TemplateKind kind, List<String> names, List<String> types,
                 String template) {
        /** The names a source declares: the line's names, or p0, p1 … when they are unknown. */
        List<String> sourceNames() {
            if (names != null) {
                return names;
            }
            List<String> invented = new ArrayList<>();
            for (int i = 0; i < types.size(); i++) {
                invented.add("p" + i);
            }
            return invented;
        }

        @Override
        public String toString() {
            return "corpus line " + line + ": " + kind + " \"" + template + "\"";
        }
    }

    private CorpusFile() {
    }

    static List<Entry> read(Path repository) {
        try {
            List<String> lines = Files.readAllLines(repository.resolve(CORPUS), StandardCharsets.UTF_8);
            List<Entry> entries = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (!line.isEmpty() && !line.startsWith("#")) {
                    entries.add(parse(i + 1, line));
                }
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Entry parse(int number, String line) {
        String[] columns = line.split("\t", 4);
        if (columns.length != 4) {
            throw new IllegalArgumentException("corpus line " + number + " has " + columns.length + " columns, not 4");
        }
        List<String> expected = columns[0].equals("OK") ? List.of() : List.of(columns[0].split(","));
        List<String> names = new ArrayList<>();
        List<String> types = new ArrayList<>();
        boolean unknown = false;
        if (!columns[2].equals("-")) {
            for (String parameter : columns[2].split(", ")) {
                String[] typeAndName = parameter.split(" ");
                types.add(typeAndName[0]);
                names.add(typeAndName[1]);
                unknown |= typeAndName[1].equals("?");
            }
        }
        return new Entry(number, expected, TemplateKind.valueOf(columns[1]), unknown ? null : names, types,
                unescape(number, columns[3]));
    }

    private static String unescape(int number, String text) {
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
