package io.redweave.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.redweave.docs.DocPage.Block;
import io.redweave.docs.DocPage.Marker;
import io.redweave.docs.SourceRegions.Region;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The one mechanism that keeps the code in {@code docs/} compiling: every {@code ```java} block of a page quotes a
 * named region of a Java source that the build compiles (and usually runs), and the page and the source must say
 * the same thing, word for word (indentation aside). See {@link DocPage} for the two markers, {@link SourceRegions}
 * for the regions. {@link DocSnippetsTest} checks every page; the tests of a page that has its own examples test
 * also check the reverse, with {@link #assertShowsEveryExampleOf}.
 */
public final class DocSnippets {
    private static volatile SourceRegions regions;

    private DocSnippets() {
    }

    /** The repository: the nearest folder above the working directory that holds {@code docs/} and a pom. */
    public static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("docs")) && Files.isRegularFile(dir.resolve("pom.xml"))
                    && Files.isDirectory(dir.resolve("src"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no repository with docs/ above " + Path.of("").toAbsolutePath());
    }

    /** The text of a file of the repository. */
    public static String read(String relative) {
        return SourceRegions.read(root().resolve(relative));
    }

    /** The regions of the repository's sources, indexed once per test run. */
    public static SourceRegions regions() {
        SourceRegions current = regions;
        if (current == null) {
            current = SourceRegions.index(root());
            regions = current;
        }
        return current;
    }

    /** Every Markdown page under {@code docs/}, relative to the repository, sorted. */
    public static List<String> pages() {
        Path root = root();
        try (Stream<Path> files = Files.walk(root.resolve("docs"))) {
            return files.filter(file -> file.toString().endsWith(".md"))
                    .map(file -> root.relativize(file).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page {@code relative} (such as {@code docs/cache.md}), parsed. */
    public static DocPage page(String relative) {
        return DocPage.parse(relative, read(relative));
    }

    /**
     * What is wrong with the blocks of {@code page}: a block without a language, a Java block that quotes nothing, a
     * marker naming no region (or a region defined twice), a quote of a file the build does not compile, and a
     * block that differs from its region. Empty when the page is right.
     */
    public static List<String> problems(DocPage page, SourceRegions sources) {
        List<String> problems = new ArrayList<>();
        for (Block block : page.blocks()) {
            if (block.language().isEmpty()) {
                problems.add(block.where() + ": a fenced block names no language; write ```java, ```xml, ```text …");
            } else if (block.isJava() && block.marker() == null) {
                problems.add(block.where() + ": a ```java block quotes no compiled code; put <!-- example: NAME --> "
                        + "(a // example: NAME … // end region of a Java source) or <!-- snippet: FILE#NAME --> "
                        + "on the line before it");
            } else if (block.marker() != null) {
                check(block, sources).ifPresent(problems::add);
            }
        }
        return problems;
    }

    /**
     * Asserts that {@code page} is right (see {@link #problems}) and shows every example region of {@code source}
     * (a Java file relative to the repository) and no example that {@code source} lacks; returns how many
     * examples {@code source} has.
     */
    public static int assertShowsEveryExampleOf(String page, String source) {
        DocPage doc = page(page);
        assertThat(problems(doc, regions())).as("problems of " + page).isEmpty();
        Set<String> shown = new LinkedHashSet<>();
        for (Block block : doc.blocks()) {
            Marker marker = block.marker();
            if (marker != null && marker.isExample()
                    && regions().example(marker.region()).map(Region::file).orElse("").equals(source)) {
                shown.add(marker.region());
            }
        }
        Set<String> examples = regions().examplesOf(source).keySet();
        assertThat(shown).as("examples of " + source + " shown in " + page).containsExactlyInAnyOrderElementsOf(examples);
        return examples.size();
    }

    /** Asserts that {@code page} quotes every {@code region NAME} of each of {@code files}, with a snippet marker. */
    public static void assertQuotesEveryRegionOf(String page, List<String> files) {
        String text = read(page);
        for (String file : files) {
            List<String> names = regions().snippetNames(file);
            assertThat(names).as("regions in " + file).isNotEmpty();
            for (String name : names) {
                assertThat(text).as(page + " quotes " + file + "#" + name)
                        .contains("<!-- snippet: " + file + "#" + name + " -->");
            }
        }
    }

    /**
     * Asserts that every test method {@code page} names exists in one of {@code sources} (files relative to the
     * repository): each match of {@code reference} whose last group is a method name; returns how many it found.
     */
    public static int assertNamedTestsExist(String page, Pattern reference, List<String> sources) {
        StringBuilder code = new StringBuilder();
        sources.forEach(source -> code.append(read(source)));
        Matcher names = reference.matcher(read(page));
        int count = 0;
        while (names.find()) {
            assertThat(code.toString()).as("test named in " + page + ": " + names.group())
                    .contains("void " + names.group(names.groupCount()) + "(");
            count++;
        }
        return count;
    }

    private static Optional<String> check(Block block, SourceRegions sources) {
        Marker marker = block.marker();
        Optional<Region> region;
        if (marker.isExample()) {
            List<Region> found = sources.examples().getOrDefault(marker.region(), List.of());
            if (found.size() > 1) {
                return Optional.of(block.where() + ": " + marker + " is ambiguous: the region is defined in "
                        + found.stream().map(Region::where).toList() + "; give each a name of its own");
            }
            region = found.stream().findFirst();
        } else {
            if (block.isJava() && !SourceRegions.isCompiledSource(marker.file())) {
                return Optional.of(block.where() + ": " + marker + " quotes Java from " + marker.file()
                        + ", which is not under a src/main/java or src/test/java tree the build compiles");
            }
            region = sources.snippet(marker.file(), marker.region());
        }
        if (region.isEmpty()) {
            return Optional.of(block.where() + ": " + marker + " names no region; write it in a compiled source as "
                    + (marker.isExample() ? "// example: " + marker.region() + " … // end"
                            : "region " + marker.region() + " … endregion " + marker.region()));
        }
        String shown = SourceRegions.normalize(block.text());
        return shown.equals(region.get().text()) ? Optional.empty()
                : Optional.of(block.where() + ": the block differs from " + region.get().where() + " ("
                        + marker + ")" + firstDifference(region.get().text(), shown));
    }

    private static String firstDifference(String expected, String actual) {
        List<String> want = expected.lines().toList();
        List<String> got = actual.lines().toList();
        for (int i = 0; i < Math.max(want.size(), got.size()); i++) {
            String a = i < want.size() ? want.get(i) : "<no line>";
            String b = i < got.size() ? got.get(i) : "<no line>";
            if (!a.equals(b)) {
                return "; line " + (i + 1) + " of the region is\n    " + a + "\n  but the page shows\n    " + b;
            }
        }
        return "";
    }
}
