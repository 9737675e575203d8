package io.redweave.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.redweave.docs.DocSnippets;

/**
 * Keeps a doc page in sync with the examples a test runs, through the project's one doc mechanism
 * ({@link DocSnippets}): every block after {@code <!-- example: name -->} in the page is the text between
 * {@code // example: name} and {@code // end} in the test's source, and the reverse.
 */
final class GeoStreamDocs {

    private GeoStreamDocs() {
    }

    /** Asserts that {@code doc} shows exactly the examples of {@code testSource}, both relative to the repository. */
    static void assertShowsExamplesOf(String doc, String testSource, int atLeast) {
        assertThat(DocSnippets.assertShowsEveryExampleOf(doc, testSource)).as("examples in " + testSource)
                .isGreaterThanOrEqualTo(atLeast);
    }
}
