package io.redweave.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.redweave.docs.DocSnippets;

/**
 * Keeps the pages {@code docs/operations/hashes.md}, {@code sorted-sets.md} and {@code lists.md} in sync with the
 * tests that run their examples, through the project's one doc mechanism ({@link DocSnippets}): each block after
 * {@code <!-- example: name -->} in a page is the text between {@code // example: name} and {@code // end} in its
 * examples test (indentation aside), and the reverse.
 */
final class HashListDocs {

    private HashListDocs() {
    }

    /** Asserts that {@code page} shows exactly the examples of {@code test}, word for word. */
    static void assertInSync(String page, Class<?> test) {
        assertThat(DocSnippets.assertShowsEveryExampleOf(page,
                "src/test/java/" + test.getName().replace('.', '/') + ".java")).as("examples in " + test.getSimpleName())
                .isPositive();
    }
}
