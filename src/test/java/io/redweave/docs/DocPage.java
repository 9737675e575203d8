package io.redweave.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Markdown page of {@code docs/} read as its fenced code blocks, each with the marker comment that precedes it.
 *
 * <p>Two markers name the source a block quotes: {@code <!-- example: NAME -->} (the region between
 * {@code // example: NAME} and {@code // end} in a Java source file of the repository, found by name) and
 * {@code <!-- snippet: FILE#NAME -->} (the lines between {@code region NAME} and {@code endregion NAME} in FILE,
 * in any comment syntax). The marker must be the last non-blank line before the block's opening fence.
 */
public final class DocPage {
    private static final Pattern FENCE = Pattern.compile("^(\\s*)(`{3,}|~{3,})\\s*([^\\s`]*).*$");
    private static final Pattern EXAMPLE = Pattern.compile("<!-- example: ([a-z0-9-]+) -->");
    private static final Pattern SNIPPET = Pattern.compile("<!-- snippet: ([^#\\s]+)#([\\w-]+) -->");

    private final String name;
    private final List<Block> blocks;

    private DocPage(String name, List<Block> blocks) {
        this.name = name;
        this.blocks = List.copyOf(blocks);
    }

    /** Reads the fenced blocks of {@code text}, the content of the page called {@code name}. */
    public static DocPage parse(String name, String text) {
        List<String> lines = text.lines().toList();
        List<Block> blocks = new ArrayList<>();
        String previous = "";
        for (int i = 0; i < lines.size(); i++) {
            Matcher open = FENCE.matcher(lines.get(i));
            if (!open.matches()) {
                if (!lines.get(i).isBlank()) {
                    previous = lines.get(i).strip();
                }
                continue;
            }
            String fence = open.group(2);
            int end = i + 1;
            while (end < lines.size() && !closes(lines.get(end), fence)) {
                end++;
            }
            blocks.add(new Block(name, i + 1, open.group(3).toLowerCase(Locale.ROOT),
                    String.join("\n", lines.subList(i + 1, Math.min(end, lines.size()))), marker(previous)));
            previous = "";
            i = end;
        }
        return new DocPage(name, blocks);
    }

    /** The page's name, relative to the repository, such as {@code docs/cache.md}. */
    public String name() {
        return name;
    }

    /** Every fenced block, in page order. */
    public List<Block> blocks() {
        return blocks;
    }

    /** The blocks whose language is Java. */
    public List<Block> javaBlocks() {
        return blocks.stream().filter(Block::isJava).toList();
    }

    private static boolean closes(String line, String fence) {
        String stripped = line.strip();
        return stripped.startsWith(fence) && stripped.chars().allMatch(c -> c == fence.charAt(0));
    }

    private static Marker marker(String line) {
        Matcher example = EXAMPLE.matcher(line);
        if (example.matches()) {
            return new Marker(null, example.group(1));
        }
        Matcher snippet = SNIPPET.matcher(line);
        return snippet.matches() ? new Marker(snippet.group(1), snippet.group(2)) : null;
    }

    /**
     * Where a block says it comes from.
     *
     * @param file   the quoted file, relative to the repository, for a {@code snippet:} marker; null for an
     *               {@code example:} marker, whose region is found by name
     * @param region the region's name
     */
    public record Marker(String file, String region) {
        /** Whether this is an {@code example:} marker. */
        public boolean isExample() {
            return file == null;
        }

        @Override
        public String toString() {
            return isExample() ? "<!-- example: " + region + " -->" : "<!-- snippet: " + file + "#" + region + " -->";
        }
    }

    /**
     * A fenced block.
     *
     * @param page     the page it is on
     * @param line     the line number of its opening fence
     * @param language the fence's info string, lower case; empty when none is given
     * @param text     the lines between the fences
     * @param marker   the marker before it, or null
     */
    public record Block(String page, int line, String language, String text, Marker marker) {
        /** Whether the block is Java code. */
        public boolean isJava() {
            return language.equals("java");
        }

        /** Where the block is, for messages: {@code docs/cache.md:42}. */
        public String where() {
            return page + ":" + line;
        }
    }
}
