package io.redweave.pubsub;

import static org.assertj.core.api.Assertions.assertThat;

import io.redweave.docs.DocSnippets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Keeps {@code docs/pubsub.md} in step with the code: its examples and the tests its tables name. */
class PubSubDocsTest {
    private static final String DOC = "docs/pubsub.md";
    private static final Pattern TEST_REFERENCE = Pattern.compile("`(PubSub[A-Za-z]+Test)#([A-Za-z0-9_]+)`");

    @Test
    void everyDocExample_isTheTextOfARunningExample() {
        assertThat(DocSnippets.assertShowsEveryExampleOf(DOC, source("PubSubExamplesTest")))
                .isGreaterThanOrEqualTo(6);
    }

    @Test
    void everyTestTheDocNames_exists() {
        Matcher reference = TEST_REFERENCE.matcher(DocSnippets.read(DOC));
        int references = 0;
        while (reference.find()) {
            references++;
            assertThat(DocSnippets.read(source(reference.group(1)))).as(reference.group())
                    .contains("void " + reference.group(2) + "(");
        }
        assertThat(references).as("tests named by the defect table").isGreaterThanOrEqualTo(10);
    }

    private static String source(String testClass) {
        return "src/test/java/io/redweave/pubsub/" + testClass + ".java";
    }
}
