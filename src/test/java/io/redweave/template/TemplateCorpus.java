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
import java.util.stream.Collectors;

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
            for (CorpusLine line : CorpusLine.parse(reader.lines().collect(Collectors.toList()))) {
                entries.add(new Entry(line.line(), line.expected(), line.kind(), line.names(),
                        types(line), line.template()));
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Class<?>> types(CorpusLine line) {
        List<Class<?>> types = new ArrayList<>();
        for (String name : line.typeNames()) {
            Class<?> type = TYPES.get(name);
            if (type == null) {
                throw new IllegalArgumentException("corpus line " + line.line() + ": unknown type \"" + name + "\"");
            }
            types.add(type);
        }
        return types;
    }
}
