package io.redweave.processor;

import io.redweave.template.CorpusLine;
import io.redweave.template.TemplateKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads core's shared template corpus ({@code src/test/resources/templates/corpus.txt}) from the repository, with
 * core's own line parser ({@link CorpusLine}, from core's test jar); the format is documented in the file's header.
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
            List<Entry> entries = new ArrayList<>();
            List<String> lines = Files.readAllLines(repository.resolve(CORPUS), StandardCharsets.UTF_8);
            for (CorpusLine line : CorpusLine.parse(lines)) {
                entries.add(new Entry(line.line(), line.expected(), line.kind(), line.names(), line.typeNames(),
                        line.template()));
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
