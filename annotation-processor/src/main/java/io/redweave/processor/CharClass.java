package io.redweave.processor;

import java.util.ArrayList;
import java.util.List;

/**
 * A set of characters that one step of a key or glob consumes: one character, a bracket class (ranges, possibly
 * negated), any character, or any character an encoded value may hold.
 */
final class CharClass {
    /** Any character ({@code ?} and {@code *} in a glob). */
    static final CharClass ANY = new CharClass(List.of(), true);
    /** The characters of an encoded value: everything the key encoder leaves as it is, and '%'. */
    static final CharClass VALUE = new CharClass(List.of(), true);

    private final List<int[]> ranges;
    private final boolean negated;

    private CharClass(List<int[]> ranges, boolean negated) {
        this.ranges = ranges;
        this.negated = negated;
    }

    /** The class of one character. */
    static CharClass of(int c) {
        List<int[]> single = new ArrayList<>();
        single.add(new int[] {c, c});
        return new CharClass(single, false);
    }

    /** Whether an encoded value can hold this character (the encoder escapes every other one). */
    static boolean inValue(int c) {
        return ":*?[]\\{}".indexOf(c) < 0 && !Character.isWhitespace(c) && !Character.isSpaceChar(c)
                && !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT;
    }

    /** Whether the class holds the character. */
    boolean contains(int c) {
        if (this == VALUE) {
            return inValue(c);
        }
        boolean inRanges = false;
        for (int[] range : ranges) {
            inRanges |= c >= range[0] && c <= range[1];
        }
        return inRanges != negated;
    }

    /** Whether some character is in both classes. */
    boolean intersects(CharClass other) {
        if (isUnbounded() && other.isUnbounded()) {
            return true; // both hold all but finitely many characters of one plane, or are ANY/VALUE
        }
        CharClass bounded = isUnbounded() ? other : this;
        CharClass rest = bounded == this ? other : this;
        for (int[] range : bounded.ranges) {
            for (int c = range[0]; c <= range[1]; c++) {
                if (rest.contains(c)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the class holds infinitely many characters in practice: ANY, VALUE or a negated bracket. */
    private boolean isUnbounded() {
        return negated;
    }

    /** Collects a bracket class. */
    static final class Builder {
        private final List<int[]> ranges = new ArrayList<>();
        private boolean negated;

        void negate() {
            negated = true;
        }

        void add(int from, int to) {
            ranges.add(new int[] {from, to});
        }

        CharClass build() {
            return new CharClass(List.copyOf(ranges), negated);
        }
    }
}
