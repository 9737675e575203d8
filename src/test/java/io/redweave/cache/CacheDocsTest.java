package io.redweave.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.redweave.docs.DocSnippets;
import org.junit.jupiter.api.Test;

/** Keeps {@code docs/cache.md} in sync with the code: its examples are those {@link CacheExamplesTest} runs. */
class CacheDocsTest {

    @Test
    void everyDocExample_isTheTextOfARunningExample() {
        assertThat(DocSnippets.assertShowsEveryExampleOf("docs/cache.md",
                "src/test/java/io/redweave/cache/CacheExamplesTest.java")).isGreaterThanOrEqualTo(7);
    }
}
