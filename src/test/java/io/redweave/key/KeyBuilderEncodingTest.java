package io.redweave.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class KeyBuilderEncodingTest {
    private final KeyBuilder keys = KeyBuilder.create();

    @Test
    void rateLimitIp_ipv6_cannotForgeSeparators() {
        assertThat(keys.rateLimitIp("::1")).isEqualTo("rl:ip:%3A%3A1");
        assertThat(keys.rateLimitIp("2001:db8::ff00:42:8329")).isEqualTo("rl:ip:2001%3Adb8%3A%3Aff00%3A42%3A8329");
    }

    @Test
    void cacheUser_globId_cannotWidenAPattern() {
        assertThat(keys.cacheUser("*")).isEqualTo("cache:user:%2A");
        assertThat(keys.session("?")).isEqualTo("session:%3F");
        assertThat(keys.lock("[a-z]")).isEqualTo("lock:%5Ba-z%5D");
        assertThat(keys.apiKey("a\\b")).isEqualTo("apikey:a%5Cb");
    }

    @Test
    void cache_hashTagInPart_cannotPinTheSlot() {
        assertThat(keys.cache("user", "{tag}")).isEqualTo("cache:user:%7Btag%7D");
    }

    @Test
    void rateLimit_separatorInParts_neverCollides() {
        assertThat(keys.rateLimit("a:b", "c")).isNotEqualTo(keys.rateLimit("a", "b:c"));
        assertThat(keys.realtime("data", "v1:m")).isNotEqualTo(keys.realtimeData("v1", "m"));
        assertThat(keys.build("a:b", "c")).isNotEqualTo(keys.build("a", "b:c"));
    }

    @Test
    void session_controlCharacters_areEncoded() {
        assertThat(keys.session("a\r\nb\0")).isEqualTo("session:a%0D%0Ab%00");
        assertThat(keys.session("a b")).isEqualTo("session:a%20b");
    }

    @Test
    void session_oneMegabyteId_becomesABoundedDigest() {
        String key = keys.session("x".repeat(1 << 20));

        assertThat(key).startsWith("session:%sha256-").hasSize("session:".length() + 72);
        assertThat(keys.session("x".repeat(1 << 20))).isEqualTo(key);
        assertThat(keys.session("y".repeat(1 << 20))).isNotEqualTo(key);
    }

    @Test
    void build_numbersEnumsAndUuids_renderAsText() {
        UUID id = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");

        assertThat(keys.build("order", 42, 7L, new BigDecimal("1.50"), TimeUnit.SECONDS, id))
                .isEqualTo("order:42:7:1.50:SECONDS:123e4567-e89b-12d3-a456-426614174000");
    }

    @Test
    void build_dropsNullsAndKeepsEmptyStrings_likeTheSeed() {
        assertThat(keys.build("a", null, "b")).isEqualTo("a:b");
        assertThat(keys.build("a", "", "b")).isEqualTo("a::b");
        assertThat(keys.build("")).isEqualTo("");
    }

    @Test
    void build_noPartLeft_isRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> keys.build()).withMessageContaining("at least one part");
        assertThatIllegalArgumentException().isThrownBy(() -> keys.build(null, null)).withMessageContaining("2 null");
    }

    @Test
    void namedPart_null_isRejectedNamingIt() {
        assertThatNullPointerException().isThrownBy(() -> keys.session(null)).withMessageContaining("sessionId");
        assertThatNullPointerException().isThrownBy(() -> keys.rateLimitTicket("u", null))
                .withMessageContaining("eventId");
        assertThatNullPointerException().isThrownBy(() -> keys.analytics("t", "a", null))
                .withMessageContaining("parts[1]");
    }

    @Test
    void session_emptyId_isKeptLikeTheSeed() {
        assertThat(keys.session("")).isEqualTo("session:");
    }

    @Test
    void maxPartBytes_isConfigurable() {
        KeyBuilder small = KeyBuilder.builder().maxPartBytes(80).build();

        assertThat(small.session("x".repeat(80))).isEqualTo("session:" + "x".repeat(80));
        assertThat(small.session("x".repeat(81))).startsWith("session:%sha256-");
    }
}
