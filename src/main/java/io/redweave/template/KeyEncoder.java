package io.redweave.template;

/**
 * The encoder of key parts: it turns an argument value into text that can neither forge a separator,
 * nor widen a glob pattern, nor move a key to another Cluster slot.
 *
 * <p>The rules, also listed in {@code docs/key-templates.md}:
 * <ul>
 *   <li>A value renders as text: a {@code String} as is, an enum by {@code name()}, anything else by
 *       {@code toString()} (numbers, {@code Boolean}, {@code UUID}, {@code java.time} values …).
 *       Arrays are rejected: their {@code toString()} is an identity.</li>
 *   <li>In that text, {@code % : * ? [ ] \ { }}, white space, control characters, invisible format
 *       characters and unpaired surrogates become {@code %XX} per UTF-8 byte, with uppercase hex.
 *       Other characters, non-ASCII included, stay as they are. So every {@code %} of an encoded part
 *       is followed by two hex digits.</li>
 *   <li>An encoded part longer than {@link #maxPartBytes()} UTF-8 bytes (256 by default) is replaced by
 *       {@value #DIGEST_PREFIX} and the 64 lowercase hex digits of the SHA-256 of its UTF-8 bytes.</li>
 *   <li>{@code null} renders as {@value #NULL_TOKEN}.</li>
 * </ul>
 * The digest and the null token start with {@code %} and a character that is not a hex digit, so
 * neither can equal an encoded string. Instances are immutable and thread-safe.
 */
public final class KeyEncoder {
    /** The default longest encoded part, in UTF-8 bytes, before it is replaced by a digest. */
    public static final int DEFAULT_MAX_PART_BYTES = 256;
    /** What {@code null} renders as. */
    public static final String NULL_TOKEN = "%null";
    /** The start of a digest that replaces a long part. */
    public static final String DIGEST_PREFIX = "%sha256-";
    /** The length of a digest, prefix included; also the smallest allowed {@link #maxPartBytes()}. */
    public static final int DIGEST_LENGTH = 72;

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private static final KeyEncoder DEFAULT = new KeyEncoder(DEFAULT_MAX_PART_BYTES);

    private final int maxPartBytes;

    private KeyEncoder(int maxPartBytes) {
        this.maxPartBytes = maxPartBytes;
    }

    /** The encoder with the default limit of {@value #DEFAULT_MAX_PART_BYTES} bytes per part. */
    public static KeyEncoder defaults() {
        return DEFAULT;
    }

    /**
     * An encoder that replaces encoded parts longer than {@code maxPartBytes} UTF-8 bytes by a digest.
     *
     * @throws IllegalArgumentException when {@code maxPartBytes} is below {@value #DIGEST_LENGTH}
     */
    public static KeyEncoder withMaxPartBytes(int maxPartBytes) {
        if (maxPartBytes < DIGEST_LENGTH) {
            throw new IllegalArgumentException(maxPartBytes + " is too small for maxPartBytes: a part longer "
                    + "than the limit becomes a " + DIGEST_LENGTH + "-byte digest, so the limit must be at least "
                    + DIGEST_LENGTH);
        }
        return maxPartBytes == DEFAULT_MAX_PART_BYTES ? DEFAULT : new KeyEncoder(maxPartBytes);
    }

    /** Encodes one key part with the default encoder; see the class documentation for the rules. */
    public static String encodePart(String value) {
        return DEFAULT.encode(value);
    }

    /** The longest encoded part, in UTF-8 bytes, written out before a digest replaces it. */
    public int maxPartBytes() {
        return maxPartBytes;
    }

    /** Encodes a part of text; returns the same string when nothing needs encoding. */
    public String encode(String value) {
        if (isPlain(value)) {
            return value;
        }
        StringBuilder out = new StringBuilder(Math.min(value.length() + 16, maxPartBytes + 8));
        appendEncoded(out, value);
        return out.toString();
    }

    /** Renders a value as text and encodes it; {@code null} gives {@value #NULL_TOKEN}. */
    public String encodeValue(Object value) {
        String text = text(value);
        return text == null ? NULL_TOKEN : encode(text);
    }

    /** Appends a value rendered as text and encoded; {@code null} appends {@value #NULL_TOKEN}. */
    public void appendValue(StringBuilder out, Object value) {
        String text = text(value);
        if (text == null) {
            out.append(NULL_TOKEN);
        } else {
            appendEncoded(out, text);
        }
    }

    /** Appends the encoded form of a part of text, or its digest when that is too long. */
    public void appendEncoded(StringBuilder out, String value) {
        if (isPlain(value)) {
            out.append(value);
            return;
        }
        int mark = out.length();
        int bytes = 0;
        int run = 0;
        int length = value.length();
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c < 0x80 && !Chars.isReservedAscii(c)) {
                bytes++;
            } else {
                out.append(value, run, i);
                if (c < 0x80) {
                    out.append('%').append(HEX[c >> 4]).append(HEX[c & 0x0F]);
                    bytes += 3;
                } else {
                    int codePoint = value.codePointAt(i);
                    int width = Character.charCount(codePoint);
                    bytes += Chars.isInvisible(codePoint) ? appendPercent(out, codePoint)
                            : appendRaw(out, value, i, width, codePoint);
                    i += width - 1;
                }
                run = i + 1;
            }
            if (bytes > maxPartBytes) {
                out.setLength(mark);
                PartDigest.append(out, value);
                return;
            }
        }
        out.append(value, run, length);
    }

    /**
     * The text a value renders as, before encoding: a {@code String} as is, an enum by {@code name()},
     * anything else by {@code toString()}; {@code null} for {@code null}.
     *
     * @throws IllegalArgumentException for an array, whose {@code toString()} is an identity
     */
    public static String text(Object value) {
        if (value instanceof String string) {
            return string;
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value == null) {
            return null;
        }
        if (value.getClass().isArray()) {
            throw new IllegalArgumentException("The array " + value.getClass().getTypeName()
                    + " has no stable text form for a key: pass a List or a String");
        }
        return value.toString();
    }

    /** Whether a code point is percent-encoded in a key part. */
    public static boolean isReserved(int codePoint) {
        return Chars.isReserved(codePoint);
    }

    /** Whether a value is short printable ASCII without reserved characters, so it is its own encoding. */
    private boolean isPlain(String value) {
        int length = value.length();
        if (length > maxPartBytes) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c >= 0x80 || Chars.isReservedAscii(c)) {
                return false;
            }
        }
        return true;
    }

    private static int appendPercent(StringBuilder out, int codePoint) {
        byte[] bytes = new byte[4];
        int count = Utf8.write(codePoint, bytes, 0);
        for (int b = 0; b < count; b++) {
            out.append('%').append(HEX[(bytes[b] & 0xFF) >> 4]).append(HEX[bytes[b] & 0x0F]);
        }
        return 3 * count;
    }

    private static int appendRaw(StringBuilder out, String value, int at, int width, int codePoint) {
        out.append(value, at, at + width);
        return Utf8.length(codePoint);
    }
}
