package io.redweave.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.redweave.docs.DocSnippets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Keeps {@code docs/sessions.md} in sync with the code: its examples are those {@link SessionExamplesTest} runs. */
class SessionDocsTest {
    private static final String DOC = "docs/sessions.md";

    @Test
    void everyDocExample_isTheTextOfARunningExample() {
        assertThat(DocSnippets.assertShowsEveryExampleOf(DOC,
                "src/test/java/io/redweave/session/SessionExamplesTest.java")).isGreaterThanOrEqualTo(6);
    }

    @Test
    void everyTestTheDocNames_exists() {
        List<String> sources = List.of("SessionContract", "SessionLimitContract", "SessionSeedDefectContract",
                "SessionConfigTest", "SessionRoundTripTest").stream()
                .map(file -> "src/test/java/io/redweave/session/" + file + ".java").toList();
        int named = DocSnippets.assertNamedTestsExist(DOC,
                Pattern.compile("`([a-z][A-Za-z0-9]*_[A-Za-z0-9_]+)`"), sources);
        assertThat(named).isGreaterThanOrEqualTo(20);
    }
}
