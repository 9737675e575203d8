package io.redweave.template;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import io.redweave.template.corpus.Address;
import io.redweave.template.corpus.Customer;
import io.redweave.template.corpus.Opaque;
import io.redweave.template.corpus.Order;
import io.redweave.template.corpus.Status;

/** Reads {@code templates/corpus.txt}, the shared corpus of good and bad key templates (format in its header). */
final class TemplateCorpus {
    static final String RESOURCE = "templates/corpus.txt";

    private static final Map<String, Class<?>> TYPES = Map.ofEntries(
            Map.entry("String", String.class), Map.entry("int", int.class), Map.entry("long", long.class),
            Map.entry("boolean", boolean.class), Map.entry("Object", Object.class),
            Map.entry("UUID", UUID.class), Map.entry("Instant", Instant.class),
            Map.entry("List", List.class), Map.entry("Map", Map.class), Map.entry("String[]", String[].class),
            Map.entry("Customer", Customer.class), Map.entry("Address", Address.class),
            Map.entry("Order", Order.class), Map.entry("Opaque", Opaque.class), Map.entry("Status", Status.class));

    /** One corpus line. {@code names} is null when the line's parameter names are unknown ({@code ?}). */
    record Entry(int line, List<String> expected, TemplateKind kind, List<String> names, List<Class<?>> types,
                 String template) {
        @Override
        public String toString() {
            return "line " + line + ": " + kind + " \"" + template + "\"";
        }
    }

    private TemplateCorpus() {
    }

    static List<Entry> read() {
        InputStream in = TemplateCorpus.class.getClassLoader().getResourceAsStream(RESOURCE);
        Objects.requireNonNull(in, RESOURCE + " is not on the test class path");
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<Entry> entries = new ArrayList<>();
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (!line.isEmpty() && !line.startsWith("#")) {
                    entries.add(parse(number, line));
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
        List<Class<?>> types = new ArrayList<>();
        boolean unknownNames = false;
        if (!columns[2].equals("-")) {
            for (String parameter : columns[2].split(", ")) {
                String[] typeAndName = parameter.split(" ");
                Class<?> type = TYPES.get(typeAndName[0]);
                if (typeAndName.length != 2 || type == null) {
                    throw new IllegalArgumentException("corpus line " + number + ": bad parameter \"" + parameter + "\"");
                }
                types.add(type);
                names.add(typeAndName[1]);
                unknownNames |= typeAndName[1].equals("?");
            }
        }
        return new Entry(number, expected, TemplateKind.valueOf(columns[1]), unknownNames ? null : names, types,
                unescape(number, columns[3]));
    }

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
