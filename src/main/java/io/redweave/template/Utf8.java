package io.redweave.template;

/**
 * UTF-8 bytes of single code points. An unpaired surrogate is written as the three bytes its code
 * point would have (as in WTF-8), so that every Java string has one distinct byte form.
 */
final class Utf8 {
    private Utf8() {
    }

    /** How many bytes the code point takes. */
    static int length(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }

    /** Writes the code point's bytes at {@code at}; returns how many were written. */
    static int write(int codePoint, byte[] out, int at) {
        if (codePoint < 0x80) {
            out[at] = (byte) codePoint;
            return 1;
        }
        if (codePoint < 0x800) {
            out[at] = (byte) (0xC0 | codePoint >> 6);
            out[at + 1] = (byte) (0x80 | codePoint & 0x3F);
            return 2;
        }
        if (codePoint < 0x10000) {
            out[at] = (byte) (0xE0 | codePoint >> 12);
            out[at + 1] = (byte) (0x80 | codePoint >> 6 & 0x3F);
            out[at + 2] = (byte) (0x80 | codePoint & 0x3F);
            return 3;
        }
        out[at] = (byte) (0xF0 | codePoint >> 18);
        out[at + 1] = (byte) (0x80 | codePoint >> 12 & 0x3F);
        out[at + 2] = (byte) (0x80 | codePoint >> 6 & 0x3F);
        out[at + 3] = (byte) (0x80 | codePoint & 0x3F);
        return 4;
    }
}
