package io.redweave.examples.aspectj.ctw;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/weaving.md} in step with the builds and sources it quotes: each block preceded by
 * {@code <!-- snippet: FILE#REGION -->} must equal the lines between {@code region REGION} and
 * {@code endregion REGION} in that file (indentation removed), and every region of the example modules' poms must
 * be quoted somewhere on the page.
 */
class WeavingDocTest {
    private static final Pattern SNIPPET = Pattern.compile(
            "<!-- snippet: ([^#\\s]+)#([\\w-]+) -->\\n```\\w*\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern REGION = Pattern.compile("\\bregion ([\\w-]+)");
    private static final List<String> EXAMPLE_POMS = List.of("examples/aspectj-ctw/pom.xml",
            "examples/aspectj-ltw/pom.xml", "examples/spring/pom.xml", "examples/guice/pom.xml");

    private final Path root = repositoryRoot();

    @Test
    void everyQuotedSnippet_isExactlyTheRegionOfItsFile() throws IOException {
        Matcher snippet = SNIPPET.matcher(Files.readString(root.resolve("docs/weaving.md")));
        int count = 0;
        while (snippet.find()) {
            count++;
            String file = snippet.group(1);
            String region = snippet.group(2);
            assertThat(snippet.group(3))
                    .as("docs/weaving.md quoting %s#%s", file, region)
                    .isEqualTo(region(file, region));
        }
        assertThat(count).as("snippets found in docs/weaving.md").isGreaterThanOrEqualTo(10);
    }

    @Test
    void everyRegionOfTheExamplePoms_isQuotedInTheDoc() throws IOException {
        String doc = Files.readString(root.resolve("docs/weaving.md"));
        for (String pom : EXAMPLE_POMS) {
            for (String region : regions(pom)) {
                assertThat(doc).as("docs/weaving.md quotes %s#%s", pom, region)
                        .contains("<!-- snippet: " + pom + "#" + region + " -->");
            }
        }
    }

    private String region(String file, String name) throws IOException {
        List<String> lines = Files.readAllLines(root.resolve(file));
        List<String> body = new ArrayList<>();
        boolean inside = false;
        for (String line : lines) {
            if (line.matches(".*\\bendregion " + name + "\\b.*")) {
                return dedent(body);
            }
            if (inside) {
                body.add(line);
            } else if (line.matches(".*\\bregion " + name + "\\b.*")) {
                inside = true;
            }
        }
        throw new AssertionError("no region " + name + " in " + file);
    }

    private Set<String> regions(String file) throws IOException {
        Set<String> names = new LinkedHashSet<>();
        for (String line : Files.readAllLines(root.resolve(file))) {
            Matcher region = REGION.matcher(line);
            if (region.find() && !line.contains("endregion")) {
                names.add(region.group(1));
            }
        }
        assertThat(names).as("regions in " + file).isNotEmpty();
        return names;
    }

    private static String dedent(List<String> lines) {
        int indent = lines.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        return lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent))
                .collect(Collectors.joining("\n", "", "\n"));
    }

    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("docs/weaving.md"))) {
                return dir;
            }
        }
        throw new AssertionError("docs/weaving.md not found above " + Path.of("").toAbsolutePath());
    }
}
