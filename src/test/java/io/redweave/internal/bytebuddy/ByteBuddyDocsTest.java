package io.redweave.internal.bytebuddy;

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

/** Keeps {@code docs/weaving/byte-buddy.md} in sync: its examples are those {@link ByteBuddyExamplesTest} runs. */
class ByteBuddyDocsTest {
    private static final String DOC = "docs/weaving/byte-buddy.md";
    private static final Pattern DOC_BLOCK = Pattern.compile("<!-- example: ([a-z-]+) -->\\s*```java\\n(.*?)```",
            Pattern.DOTALL);
    private static final Pattern TEST_BLOCK = Pattern.compile("// example: ([a-z-]+)\\n(.*?)\\n\\s*// end",
            Pattern.DOTALL);

    @Test
    void everyDocExample_isTheTextOfARunningExample() throws IOException {
        Map<String, String> documented = blocks(DOC_BLOCK, read(DOC));
        Map<String, String> tested = blocks(TEST_BLOCK,
                read("src/test/java/io/redweave/internal/bytebuddy/ByteBuddyExamplesTest.java"));

        assertThat(tested).as("examples in ByteBuddyExamplesTest").hasSize(4);
        assertThat(documented.keySet()).containsExactlyInAnyOrderElementsOf(tested.keySet());
        documented.forEach((name, text) -> assertThat(text).as("example " + name).isEqualTo(tested.get(name)));
    }

    @Test
    void everyTestTheDocNames_exists() throws IOException {
        StringBuilder sources = new StringBuilder();
        for (String file : List.of("weave/contract/CachingContract", "weave/contract/InvalidationAndLimitContract",
                "weave/contract/SessionAndOrderContract", "weave/contract/FailurePolicyContract",
                "internal/bytebuddy/ProxyTest", "internal/bytebuddy/EnhanceTest",
                "internal/bytebuddy/ParameterNamesTest")) {
            sources.append(read("src/test/java/io/redweave/" + file + ".java"));
        }
        Matcher names = Pattern.compile("`([a-z][A-Za-z0-9]*_[A-Za-z0-9_]+)`").matcher(read(DOC));
        int count = 0;
        while (names.find()) {
            assertThat(sources.toString()).as("test named in " + DOC).contains("void " + names.group(1) + "(");
            count++;
        }
        assertThat(count).isGreaterThanOrEqualTo(40);
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
