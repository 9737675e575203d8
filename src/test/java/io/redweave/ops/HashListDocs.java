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
 * Keeps the pages {@code docs/operations/hashes.md}, {@code sorted-sets.md} and {@code lists.md} in sync with the
 * tests that run their examples: each block after {@code <!-- example: name -->} in a page is the text between
 * {@code // example: name} and {@code // end} in its examples test (indentation and blank lines aside).
 */
final class HashListDocs {
    private static final Pattern DOC_BLOCK = Pattern.compile("<!-- example: ([a-z-]+) -->\\s*```java\\n(.*?)```",
            Pattern.DOTALL);
    private static final Pattern TEST_BLOCK = Pattern.compile("// example: ([a-z-]+)\\n(.*?)\\n\\s*// end",
            Pattern.DOTALL);

    private HashListDocs() {
    }

    /** Asserts that {@code page} shows exactly the examples of {@code test}, word for word. */
    static void assertInSync(String page, Class<?> test) {
        Map<String, String> documented = blocks(DOC_BLOCK, read(page));
        Map<String, String> tested = blocks(TEST_BLOCK,
                read("src/test/java/" + test.getName().replace('.', '/') + ".java"));

        assertThat(tested).as("examples in " + test.getSimpleName()).isNotEmpty();
        assertThat(documented.keySet()).as("examples in " + page).containsExactlyInAnyOrderElementsOf(tested.keySet());
        documented.forEach((name, text) -> assertThat(text).as("example " + name).isEqualTo(tested.get(name)));
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
        throw new IllegalStateException(relative + " was not found above " + Path.of("").toAbsolutePath());
    }
}
