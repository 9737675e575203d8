package io.redweave.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Keeps a doc page in sync with the examples a test runs: every block after {@code <!-- example: name -->} in the
 * page is the text between {@code // example: name} and {@code // end} in the test's source, and the reverse.
 */
final class GeoStreamDocs {
    private static final Pattern DOC_BLOCK = Pattern.compile("<!-- example: ([a-z-]+) -->\\s*```java\\n(.*?)```",
            Pattern.DOTALL);
    private static final Pattern TEST_BLOCK = Pattern.compile("// example: ([a-z-]+)\\n(.*?)\\n\\s*// end",
            Pattern.DOTALL);

    private GeoStreamDocs() {
    }

    /** Asserts that {@code doc} shows exactly the examples of {@code testSource}, both relative to the repository. */
    static void assertShowsExamplesOf(String doc, String testSource, int atLeast) {
        Map<String, String> documented = blocks(DOC_BLOCK, read(doc));
        Map<String, String> tested = blocks(TEST_BLOCK, read(testSource));

        assertThat(tested).as("examples in " + testSource).hasSizeGreaterThanOrEqualTo(atLeast);
        assertThat(documented.keySet()).as("examples in " + doc).containsExactlyInAnyOrderElementsOf(tested.keySet());
        documented.forEach((name, text) -> assertThat(text).as("example " + name + " of " + doc)
                .isEqualTo(tested.get(name)));
    }

    private static Map<String, String> blocks(Pattern pattern, String text) {
        Map<String, String> blocks = new LinkedHashMap<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            blocks.put(matcher.group(1), normalized(matcher.group(2)));
        }
        return blocks;
    }

    private static String normalized(String block) {
        List<String> lines = block.lines().map(String::strip).filter(line -> !line.isEmpty())
                .collect(Collectors.toList());
        return String.join("\n", lines);
    }

    private static String read(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(relative);
            if (Files.exists(candidate)) {
                try {
                    return Files.readString(candidate);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        throw new AssertionError(relative + " was not found above " + Path.of("").toAbsolutePath());
    }
}
