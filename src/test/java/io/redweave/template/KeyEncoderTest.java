package io.redweave.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeyEncoderTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "%  | %25", ":  | %3A", "*  | %2A", "?  | %3F", "[  | %5B", "]  | %5D",
        "\\ | %5C", "{  | %7B", "}  | %7D", "\" \" | %20",
    })
    void encodePart_reservedAscii_isPercentEncodedUppercase(String reserved, String encoded) {
        assertThat(KeyEncoder.encodePart(reserved)).isEqualTo(encoded);
    }

    @Test
    void encodePart_everyAsciiControl_isEncoded() {
        for (char c = 0; c < 0x20; c++) {
            assertThat(KeyEncoder.encodePart(String.valueOf(c))).isEqualTo(String.format("%%%02X", (int) c));
        }
        assertThat(KeyEncoder.encodePart("\u007F")).isEqualTo("%7F");
    }

    @Test
    void encodePart_ordinaryText_isReturnedUnchanged() {
        String id = "user-42_abc.DEF@x,y;z=1+2~!$&'()#^`|<>\"/";
        assertThat(KeyEncoder.encodePart(id)).isSameAs(id);
    }

    @Test
    void encodePart_nonAsciiVisible_staysAsIs() {
        assertThat(KeyEncoder.encodePart("Zoë 東京 😀")).isEqualTo("Zoë%20東京%20😀");
    }

    @Test
    void encodePart_invisibleUnicode_isEncodedAsUtf8Bytes() {
        assertThat(KeyEncoder.encodePart("a\u200Bb")).isEqualTo("a%E2%80%8Bb");
        assertThat(KeyEncoder.encodePart("\u202E")).isEqualTo("%E2%80%AE");
        assertThat(KeyEncoder.encodePart("\u3000")).isEqualTo("%E3%80%80");
        assertThat(KeyEncoder.encodePart("\u0085")).isEqualTo("%C2%85");
    }

    @Test
    void encodePart_unpairedSurrogates_areEncodedDistinctly() {
        String high = KeyEncoder.encodePart("\uD800");
        String low = KeyEncoder.encodePart("\uDC00");

        assertThat(high).isEqualTo("%ED%A0%80");
        assertThat(low).isEqualTo("%ED%B0%80");
        assertThat(KeyEncoder.encodePart("\uD83D\uDE00")).isEqualTo("😀");
    }

    @Test
    void encodePart_everyPercentIsFollowedByTwoHexDigits() {
        String hostile = "%%:*?[]\\{}\r\n\0 \u00A0\uD800x%zz%";
        String encoded = KeyEncoder.encodePart(hostile);
        for (int i = encoded.indexOf('%'); i >= 0; i = encoded.indexOf('%', i + 1)) {
            assertThat(encoded.substring(i + 1, i + 3)).matches("[0-9A-F]{2}");
        }
    }

    @Test
    void encodePart_oneMegabyte_isADigestOfBoundedLength() {
        String big = "x".repeat(1 << 20);
        String otherBig = "x".repeat((1 << 20) - 1) + "y";

        String digest = KeyEncoder.encodePart(big);

        assertThat(digest).startsWith("%sha256-").hasSize(KeyEncoder.DIGEST_LENGTH);
        assertThat(digest.substring(8)).matches("[0-9a-f]{64}");
        assertThat(KeyEncoder.encodePart(big)).isEqualTo(digest);
        assertThat(KeyEncoder.encodePart(otherBig)).isNotEqualTo(digest);
    }

    @Test
    void encodePart_digest_isSha256OfTheEncodedUtf8() throws Exception {
        String value = "a:" + "é".repeat(200);
        String encoded = "a%3A" + "é".repeat(200);
        byte[] sha = MessageDigest.getInstance("SHA-256").digest(encoded.getBytes(StandardCharsets.UTF_8));

        assertThat(KeyEncoder.encodePart(value)).isEqualTo("%sha256-" + HexFormat.of().formatHex(sha));
    }

    @Test
    void encodePart_limitCountsEncodedUtf8Bytes() {
        String fits = "a".repeat(256);
        String tooLong = "a".repeat(257);
        String encodedTooLong = ":".repeat(86);

        assertThat(KeyEncoder.encodePart(fits)).isEqualTo(fits);
        assertThat(KeyEncoder.encodePart(tooLong)).startsWith("%sha256-");
        assertThat(KeyEncoder.encodePart(":".repeat(85))).hasSize(255);
        assertThat(KeyEncoder.encodePart(encodedTooLong)).startsWith("%sha256-");
        assertThat(KeyEncoder.encodePart("é".repeat(128))).isEqualTo("é".repeat(128));
        assertThat(KeyEncoder.encodePart("é".repeat(129))).startsWith("%sha256-");
    }

    @Test
    void withMaxPartBytes_isConfigurableAndBounded() {
        KeyEncoder encoder = KeyEncoder.withMaxPartBytes(100);

        assertThat(encoder.encode("a".repeat(100))).hasSize(100);
        assertThat(encoder.encode("a".repeat(101))).startsWith("%sha256-");
        assertThat(KeyEncoder.withMaxPartBytes(256)).isSameAs(KeyEncoder.defaults());
        assertThatIllegalArgumentException().isThrownBy(() -> KeyEncoder.withMaxPartBytes(10))
                .withMessageContaining("10").withMessageContaining("72");
    }

    @Test
    void encodeValue_nullAndTokensNeverEqualAnEncodedString() {
        assertThat(KeyEncoder.defaults().encodeValue(null)).isEqualTo(KeyEncoder.NULL_TOKEN).isEqualTo("%null");
        assertThat(KeyEncoder.encodePart("%null")).isEqualTo("%25null");
        assertThat(KeyEncoder.encodePart("%sha256-00")).startsWith("%25sha256");
    }

    @Test
    void text_arrays_areRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> KeyEncoder.text(new String[] {"a"}))
                .withMessageContaining("String[]");
    }

    @Test
    void appendEncoded_tooLong_leavesNoPartialTextBehind() {
        StringBuilder out = new StringBuilder("prefix:");
        KeyEncoder.defaults().appendEncoded(out, "*".repeat(100));

        assertThat(out.toString()).startsWith("prefix:%sha256-").hasSize(7 + KeyEncoder.DIGEST_LENGTH);
    }
}
