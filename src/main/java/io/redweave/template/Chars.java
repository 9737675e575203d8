package io.redweave.template;

/** Character classes of the key grammar: glob characters, invisible characters, reserved characters. */
final class Chars {
    private static final boolean[] RESERVED_ASCII = new boolean[128];

    static {
        for (int c = 0; c <= 0x20; c++) {
            RESERVED_ASCII[c] = true;
        }
        RESERVED_ASCII[0x7F] = true;
        for (char c : "%:*?[]\\{}".toCharArray()) {
            RESERVED_ASCII[c] = true;
        }
    }

    private Chars() {
    }

    /** Whether the character is special in a Redis glob pattern: {@code * ? [ ] \}. */
    static boolean isGlob(int c) {
        return c == '*' || c == '?' || c == '[' || c == ']' || c == '\\';
    }

    /** Whether an ASCII character is percent-encoded in a key part. */
    static boolean isReservedAscii(char c) {
        return RESERVED_ASCII[c];
    }

    /** Whether a code point is percent-encoded in a key part. */
    static boolean isReserved(int codePoint) {
        return codePoint < 0x80 ? RESERVED_ASCII[codePoint] : isInvisible(codePoint);
    }

    /**
     * Whether a code point is white space, a control character, an invisible format character
     * (such as U+200B or U+202E) or an unpaired surrogate.
     */
    static boolean isInvisible(int codePoint) {
        if (codePoint < 0x80) {
            return codePoint <= 0x20 || codePoint == 0x7F;
        }
        if (Character.isISOControl(codePoint) || Character.isWhitespace(codePoint)
                || Character.isSpaceChar(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.FORMAT || type == Character.SURROGATE;
    }

    /** A readable name of a code point for messages: {@code '*'} or {@code U+0009}. */
    static String describe(int codePoint) {
        if (codePoint > 0x20 && codePoint != 0x7F && !isInvisible(codePoint)) {
            return "'" + new String(Character.toChars(codePoint)) + "'";
        }
        return String.format("U+%04X", codePoint);
    }
}
