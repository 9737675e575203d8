package io.redweave.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.redweave.docs.DocPage.Block;
import io.redweave.docs.SourceRegions.Region;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every {@code ```java} block in {@code docs/} is the text of a region of code the build compiles: the test fails
 * for a Java block without a marker, a marker naming no region, a block that drifted from its region, and a
 * fenced block that names no language (so Java cannot hide in an unlabelled block).
 */
class DocSnippetsTest {
    private static final String SELF = "src/test/java/io/redweave/docs/DocSnippetsTest.java";

    @Test
    void everyJavaBlockInDocs_quotesARegionOfCompiledCode_wordForWord() {
        List<String> problems = DocSnippets.pages().stream()
                .flatMap(page -> DocSnippets.problems(DocSnippets.page(page), DocSnippets.regions()).stream())
                .toList();
        assertThat(problems).as(String.join("\n", problems)).isEmpty();

        long javaBlocks = DocSnippets.pages().stream().mapToLong(page -> DocSnippets.page(page).javaBlocks().size())
                .sum();
        assertThat(javaBlocks).as("Java blocks in docs/").isGreaterThan(100);
    }

    @Test
    void everyExampleRegion_hasAName_ofItsOwn_andIsShownInTheDocs() {
        Map<String, List<Region>> examples = DocSnippets.regions().examples();
        Set<String> shown = DocSnippets.pages().stream()
                .flatMap(page -> DocSnippets.page(page).blocks().stream())
                .filter(block -> block.marker() != null && block.marker().isExample())
                .map(block -> block.marker().region()).collect(Collectors.toSet());

        examples.forEach((name, regions) -> {
            assertThat(regions).as("regions named " + name).hasSize(1);
            assertThat(shown).as("the example " + name + " of " + regions.get(0).where() + " is on a page")
                    .contains(name);
        });
    }

    @Test
    void aQuotedBlock_isRight_whenItMatchesItsRegion() {
        DocPage page = DocPage.parse("self.md", "Text.\n\n<!-- snippet: " + SELF + "#self-test -->\n"
                + "```java\n    int answer = 6 * 7;\n```\n\n```xml\n<a/>\n```\n");

        assertThat(DocSnippets.problems(page, DocSnippets.regions())).isEmpty();
        assertThat(page.javaBlocks()).singleElement().extracting(Block::line).isEqualTo(4);
        assertThat(answer()).isEqualTo(42);
    }

    @Test
    void aJavaBlockWithoutMarker_isReported() {
        DocPage page = DocPage.parse("self.md", "Text.\n\n```java\nint answer = 6 * 7;\n```\n");

        assertThat(DocSnippets.problems(page, DocSnippets.regions())).singleElement().asString()
                .startsWith("self.md:3: a ```java block quotes no compiled code");
    }

    @Test
    void aBlockThatDriftedFromItsRegion_isReported() {
        DocPage page = DocPage.parse("self.md", "<!-- snippet: " + SELF + "#self-test -->\n```java\nint answer = 42;\n```\n");

        assertThat(DocSnippets.problems(page, DocSnippets.regions())).singleElement().asString()
                .contains("self.md:2: the block differs from " + SELF)
                .contains("int answer = 6 * 7;").contains("int answer = 42;");
    }

    @Test
    void aMarkerNamingNoRegion_orQuotingJavaTheBuildDoesNotCompile_isReported() {
        DocPage page = DocPage.parse("self.md", "<!-- example: no-such-example -->\n```java\nint x;\n```\n"
                + "<!-- snippet: docs/README.md#self-test -->\n```java\nint x;\n```\n"
                + "<!-- snippet: " + SELF + "#no-such-region -->\n```java\nint x;\n```\n");

        assertThat(DocSnippets.problems(page, DocSnippets.regions())).satisfiesExactly(
                first -> assertThat(first).startsWith("self.md:2: <!-- example: no-such-example --> names no region"),
                second -> assertThat(second).contains("which is not under a src/main/java or src/test/java tree"),
                third -> assertThat(third).startsWith("self.md:10: <!-- snippet: " + SELF + "#no-such-region -->"
                        + " names no region"));
    }

    @Test
    void aFencedBlockWithoutLanguage_isReported() {
        DocPage page = DocPage.parse("self.md", "```\nint answer = 6 * 7;\n```\n");

        assertThat(DocSnippets.problems(page, DocSnippets.regions())).singleElement().asString()
                .startsWith("self.md:1: a fenced block names no language");
    }

    private static int answer() {
        // region self-test
        int answer = 6 * 7;
        // endregion self-test
        return answer;
    }
}
