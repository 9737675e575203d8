package io.redweave.pubsub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Keeps {@code docs/pubsub.md} in step with the code: its examples and the tests its tables name. */
class PubSubDocsTest {
    private static final Pattern DOC_BLOCK = Pattern.compile("<!-- example: ([a-z-]+) -->\\s*```java\\n(.*?)```",
            Pattern.DOTALL);
    private static final Pattern TEST_BLOCK = Pattern.compile("// example: ([a-z-]+)\\n(.*?)\\n\\s*// end",
            Pattern.DOTALL);
    private static final Pattern TEST_REFERENCE = Pattern.compile("`(PubSub[A-Za-z]+Test)#([A-Za-z0-9_]+)`");

    @Test
    void everyDocExample_isTheTextOfARunningExample() throws IOException {
        Map<String, String> documented = blocks(DOC_BLOCK, read("docs/pubsub.md"));
        Map<String, String> tested = blocks(TEST_BLOCK, read(source("PubSubExamplesTest")));

        assertThat(tested).as("examples in PubSubExamplesTest").hasSizeGreaterThanOrEqualTo(6);
        assertThat(documented.keySet()).containsExactlyInAnyOrderElementsOf(tested.keySet());
        documented.forEach((name, text) -> assertThat(text).as("example " + name).isEqualTo(tested.get(name)));
    }

    @Test
    void everyTestTheDocNames_exists() throws IOException {
        Matcher reference = TEST_REFERENCE.matcher(read("docs/pubsub.md"));
        int references = 0;
        while (reference.find()) {
            references++;
            assertThat(read(source(reference.group(1)))).as(reference.group())
                    .contains("void " + reference.group(2) + "(");
        }
        assertThat(references).as("tests named by the defect table").isGreaterThanOrEqualTo(10);
    }

    private static String source(String testClass) {
        return "src/test/java/io/redweave/pubsub/" + testClass + ".java";
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

    private static String read(String relative) throws IOException {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(relative);
            if (Files.exists(candidate)) {
                return Files.readString(candidate);
            }
        }
        throw new IOException(relative + " was not found above " + Path.of("").toAbsolutePath());
    }
}
