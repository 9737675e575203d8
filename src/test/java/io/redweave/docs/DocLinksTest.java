package io.redweave.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The pages of {@code docs/} link to files and headings that exist, and the index lists every page. */
class DocLinksTest {
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    /**
     * Pages the index announces that are written elsewhere and may not exist yet: {@code docs/benchmarks.md} is
     * written by the benchmark runner ({@code io.redweave.benchmarks.Main}). Once a page exists, its links and
     * headings are checked like any other's; this set can then lose it.
     */
    private static final Set<String> WRITTEN_ELSEWHERE = Set.of("docs/benchmarks.md");

    @Test
    void everyRelativeLink_pointsToAFileThatExists_andToAHeadingOfIt() {
        List<String> broken = new ArrayList<>();
        for (String page : DocSnippets.pages()) {
            Matcher link = LINK.matcher(withoutCode(DocSnippets.read(page)));
            while (link.find()) {
                String target = link.group(1);
                if (target.matches("^[a-z]+:.*")) {
                    continue;
                }
                String file = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
                String anchor = target.contains("#") ? target.substring(target.indexOf('#') + 1) : null;
                String resolved = file.isEmpty() ? page
                        : Path.of(page).resolveSibling(file).normalize().toString().replace('\\', '/');
                if (!Files.exists(DocSnippets.root().resolve(resolved))) {
                    if (WRITTEN_ELSEWHERE.contains(resolved)) {
                        continue;
                    }
                    broken.add(page + ": " + target + " (no file " + resolved + ")");
                } else if (anchor != null && resolved.endsWith(".md") && !anchors(resolved).contains(anchor)) {
                    broken.add(page + ": " + target + " (no heading #" + anchor + " in " + resolved + ")");
                }
            }
        }
        assertThat(broken).as(String.join("\n", broken)).isEmpty();
    }

    @Test
    void theIndex_linksEveryPage() {
        String index = DocSnippets.read("docs/README.md");
        for (String page : DocSnippets.pages()) {
            if (!page.equals("docs/README.md")) {
                assertThat(index).as("docs/README.md links " + page).contains("](" + page.substring("docs/".length()));
            }
        }
    }

    /** The anchors GitHub gives the headings of {@code page}. */
    private static List<String> anchors(String page) {
        List<String> anchors = new ArrayList<>();
        for (String line : withoutCode(DocSnippets.read(page)).lines().toList()) {
            if (line.startsWith("#")) {
                String heading = line.replaceFirst("^#+\\s*", "").toLowerCase(Locale.ROOT);
                anchors.add(heading.replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'));
            }
        }
        return anchors;
    }

    /** {@code text} without its fenced blocks, whose lines are code, not Markdown. */
    private static String withoutCode(String text) {
        return text.replaceAll("(?ms)^\\s*```.*?^\\s*```", "");
    }
}
