package io.redweave.internal.bytebuddy;

import static org.assertj.core.api.Assertions.assertThat;

import io.redweave.docs.DocSnippets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Keeps {@code docs/weaving/byte-buddy.md} in sync: its examples are those {@link ByteBuddyExamplesTest} runs. */
class ByteBuddyDocsTest {
    private static final String DOC = "docs/weaving/byte-buddy.md";

    @Test
    void everyDocExample_isTheTextOfARunningExample() {
        assertThat(DocSnippets.assertShowsEveryExampleOf(DOC,
                "src/test/java/io/redweave/internal/bytebuddy/ByteBuddyExamplesTest.java")).isEqualTo(4);
    }

    @Test
    void everyTestTheDocNames_exists() {
        List<String> sources = List.of("weave/contract/CachingContract", "weave/contract/InvalidationAndLimitContract",
                "weave/contract/SessionAndOrderContract", "weave/contract/FailurePolicyContract",
                "internal/bytebuddy/ProxyTest", "internal/bytebuddy/EnhanceTest",
                "internal/bytebuddy/ParameterNamesTest").stream()
                .map(file -> "src/test/java/io/redweave/" + file + ".java").toList();
        int named = DocSnippets.assertNamedTestsExist(DOC,
                Pattern.compile("`([a-z][A-Za-z0-9]*_[A-Za-z0-9_]+)`"), sources);
        assertThat(named).isGreaterThanOrEqualTo(40);
    }
}
