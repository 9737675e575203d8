package io.redweave.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.FileVisitResult;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The named regions of the repository's files that doc pages quote: {@code // example: NAME} … {@code // end} in
 * the Java sources the build compiles (every {@code src/main/java} and {@code src/test/java} tree), and
 * {@code region NAME} … {@code endregion NAME} in any file.
 *
 * <p>Region text is compared {@linkplain #normalize(String) normalized}: common indentation and trailing white
 * space removed, leading and trailing blank lines dropped, everything else exact.
 */
public final class SourceRegions {
    private static final Pattern EXAMPLE_START = Pattern.compile("^\\s*// example: ([a-z0-9-]+)\\s*$");
    private static final Pattern EXAMPLE_END = Pattern.compile("^\\s*// end\\s*$");
    private static final Pattern COMPILED = Pattern.compile("(^|.*/)src/(main|test)/java/.+\\.java$");

    private final Path root;
    private final Map<String, List<Region>> examples;

    private SourceRegions(Path root, Map<String, List<Region>> examples) {
        this.root = root;
        this.examples = examples;
    }

    /** Indexes every example region of the repository at {@code root}. */
    public static SourceRegions index(Path root) {
        Map<String, List<Region>> examples = new LinkedHashMap<>();
        for (Path file : compiledSources(root)) {
            String relative = root.relativize(file).toString().replace('\\', '/');
            for (Region region : exampleRegions(relative, read(file))) {
                examples.computeIfAbsent(region.name(), name -> new ArrayList<>()).add(region);
            }
        }
        return new SourceRegions(root, examples);
    }

    /** Whether {@code file} (relative to the repository) is a Java source that the build compiles. */
    public static boolean isCompiledSource(String file) {
        return COMPILED.matcher(file).matches()
                && Stream.of(file.split("/")).noneMatch(part -> part.startsWith("target") || part.startsWith("."));
    }

    /** Every example region, by name; a name with more than one region is an error the caller reports. */
    public Map<String, List<Region>> examples() {
        return examples;
    }

    /** The example region called {@code name}, if exactly one exists. */
    public Optional<Region> example(String name) {
        List<Region> found = examples.getOrDefault(name, List.of());
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** The example regions of one file, relative to the repository, by name in file order. */
    public Map<String, Region> examplesOf(String file) {
        return examples.values().stream().flatMap(List::stream).filter(region -> region.file().equals(file))
                .collect(Collectors.toMap(Region::name, region -> region, (a, b) -> a, LinkedHashMap::new));
    }

    /** The {@code region NAME} … {@code endregion NAME} of {@code file}, if the file and the region exist. */
    public Optional<Region> snippet(String file, String name) {
        Path path = root.resolve(file);
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }
        Pattern start = Pattern.compile(".*\\bregion " + Pattern.quote(name) + "\\b.*");
        Pattern end = Pattern.compile(".*\\bendregion " + Pattern.quote(name) + "\\b.*");
        List<String> lines = read(path).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (start.matcher(lines.get(i)).matches() && !end.matcher(lines.get(i)).matches()) {
                for (int j = i + 1; j < lines.size(); j++) {
                    if (end.matcher(lines.get(j)).matches()) {
                        return Optional.of(new Region(file, name, i + 1, normalize(lines.subList(i + 1, j))));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The names of every {@code region NAME} of {@code file}, in file order. */
    public List<String> snippetNames(String file) {
        Pattern region = Pattern.compile("\\bregion ([\\w-]+)");
        List<String> names = new ArrayList<>();
        for (String line : read(root.resolve(file)).lines().toList()) {
            Matcher start = region.matcher(line);
            if (start.find() && !line.contains("endregion") && !names.contains(start.group(1))) {
                names.add(start.group(1));
            }
        }
        return names;
    }

    /** {@code text} with common indentation, trailing white space and surrounding blank lines removed. */
    public static String normalize(String text) {
        return normalize(text.lines().toList());
    }

    private static String normalize(List<String> lines) {
        int indent = lines.stream().filter(line -> !line.isBlank())
                .mapToInt(line -> line.length() - line.stripLeading().length()).min().orElse(0);
        List<String> body = lines.stream().map(line -> line.isBlank() ? "" : line.substring(indent).stripTrailing())
                .collect(Collectors.toCollection(ArrayList::new));
        while (!body.isEmpty() && body.get(0).isEmpty()) {
            body.remove(0);
        }
        while (!body.isEmpty() && body.get(body.size() - 1).isEmpty()) {
            body.remove(body.size() - 1);
        }
        return String.join("\n", body);
    }

    private static List<Region> exampleRegions(String file, String text) {
        List<String> lines = text.lines().toList();
        List<Region> regions = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher start = EXAMPLE_START.matcher(lines.get(i));
            if (start.matches()) {
                int end = i + 1;
                while (end < lines.size() && !EXAMPLE_END.matcher(lines.get(end)).matches()) {
                    end++;
                }
                regions.add(new Region(file, start.group(1), i + 1, normalize(lines.subList(i + 1, end))));
                i = end;
            }
        }
        return regions;
    }

    private static List<Path> compiledSources(Path root) {
        List<Path> sources = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                    return !dir.equals(root) && (name.startsWith("target") || name.startsWith("."))
                            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (isCompiledSource(root.relativize(file).toString().replace('\\', '/'))) {
                        sources.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        sources.sort(null);
        return sources;
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A named region of a file.
     *
     * @param file the file, relative to the repository
     * @param name the region's name
     * @param line the line of its start marker
     * @param text its normalized text
     */
    public record Region(String file, String name, int line, String text) {
        /** Where the region is, for messages: {@code src/test/java/…/CacheExamplesTest.java:42}. */
        public String where() {
            return file + ":" + line;
        }
    }
}
