package io.redweave.template;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The digest that stands for a key part too long to write out: {@code %sha256-} and the lowercase hex
 * SHA-256 of the UTF-8 bytes of the part's percent-encoded form. It streams, so a 1 MB value is never
 * copied whole.
 */
final class PartDigest {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private static final char[] LOWER_HEX = "0123456789abcdef".toCharArray();
    private static final int BUFFER = 8192;

    private PartDigest() {
    }

    static void append(StringBuilder out, String value) {
        MessageDigest sha256 = sha256();
        byte[] buffer = new byte[BUFFER];
        byte[] utf8 = new byte[4];
        int filled = 0;
        for (int i = 0; i < value.length(); ) {
            int codePoint = value.codePointAt(i);
            i += Character.charCount(codePoint);
            if (filled > BUFFER - 12) {
                sha256.update(buffer, 0, filled);
                filled = 0;
            }
            if (Chars.isReserved(codePoint)) {
                int count = Utf8.write(codePoint, utf8, 0);
                for (int b = 0; b < count; b++) {
                    buffer[filled++] = '%';
                    buffer[filled++] = (byte) HEX[(utf8[b] & 0xFF) >> 4];
                    buffer[filled++] = (byte) HEX[utf8[b] & 0x0F];
                }
            } else {
                filled += Utf8.write(codePoint, buffer, filled);
            }
        }
        sha256.update(buffer, 0, filled);
        out.append(KeyEncoder.DIGEST_PREFIX);
        for (byte b : sha256.digest()) {
            out.append(LOWER_HEX[(b & 0xFF) >> 4]).append(LOWER_HEX[b & 0x0F]);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException absent) {
            throw new IllegalStateException("Every Java platform must offer SHA-256, but this one does not", absent);
        }
    }
}
