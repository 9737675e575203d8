package io.redweave.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/weaving.md} in step with the builds and sources it quotes: each block after
 * {@code <!-- snippet: FILE#REGION -->} is the region of that file, and every region of the example modules' poms
 * is quoted on the page.
 */
class WeavingDocTest {
    private static final String DOC = "docs/weaving.md";
    private static final List<String> EXAMPLE_POMS = List.of("examples/aspectj-ctw/pom.xml",
            "examples/aspectj-ltw/pom.xml", "examples/spring/pom.xml", "examples/guice/pom.xml");

    @Test
    void everyQuotedSnippet_isExactlyTheRegionOfItsFile() {
        DocPage page = DocSnippets.page(DOC);

        assertThat(DocSnippets.problems(page, DocSnippets.regions())).isEmpty();
        assertThat(page.blocks()).filteredOn(block -> block.marker() != null && !block.marker().isExample())
                .as("snippets found in " + DOC).hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void everyRegionOfTheExamplePoms_isQuotedInTheDoc() {
        DocSnippets.assertQuotesEveryRegionOf(DOC, EXAMPLE_POMS);
    }
}
