package io.redweave.key;

import java.util.Objects;

/**
 * A pattern of keys from {@link KeyPatterns}: a Redis glob for {@code SCAN MATCH}, and an exact
 * {@link #matches(String)} test for what the glob alone cannot say.
 *
 * <p>A glob's {@code *} also matches {@code ':'}, so {@code session:*} matches the summary key
 * {@code session:summary:42}. Key parts are encoded and never hold {@code ':'}, so a pattern of
 * <em>one part</em> (such as {@link KeyPatterns#allSessions()}) tells keys apart by counting parts:
 * scan with {@link #glob()}, keep the keys that {@link #matches(String)}.
 */
public final class KeyPattern {
    private final String literal;
    private final Shape shape;

    private enum Shape { EXACT, ONE_PART, ANY_REST }

    private KeyPattern(String literal, Shape shape) {
        this.literal = literal;
        this.shape = shape;
    }

    /** The pattern of one exact key. */
    static KeyPattern exact(String key) {
        return new KeyPattern(key, Shape.EXACT);
    }

    /** The pattern of the keys made of {@code prefix} and exactly one encoded part. */
    static KeyPattern onePart(String prefix) {
        return new KeyPattern(prefix, Shape.ONE_PART);
    }

    /** The pattern of every key that starts with {@code prefix}. */
    static KeyPattern startingWith(String prefix) {
        return new KeyPattern(prefix, Shape.ANY_REST);
    }

    /** The Redis glob for {@code SCAN MATCH}: the literal prefix, then {@code *} unless the pattern is exact. */
    public String glob() {
        return shape == Shape.EXACT ? literal : literal + "*";
    }

    /** Whether the glob holds a wildcard; a pattern without one names exactly one key, deleted without a scan. */
    public boolean hasGlob() {
        return shape != Shape.EXACT;
    }

    /**
     * Whether a key belongs to this pattern. Stricter than the glob for one-part patterns: the rest of
     * the key after the prefix must hold no {@code ':'}.
     */
    public boolean matches(String key) {
        return switch (shape) {
            case EXACT -> key.equals(literal);
            case ANY_REST -> key.startsWith(literal);
            case ONE_PART -> key.startsWith(literal) && key.indexOf(':', literal.length()) < 0;
        };
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KeyPattern that && literal.equals(that.literal) && shape == that.shape;
    }

    @Override
    public int hashCode() {
        return Objects.hash(literal, shape);
    }

    /** The glob. */
    @Override
    public String toString() {
        return glob();
    }
}
