package io.redweave.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KeyBuilderConfigurationTest {

    @Test
    void customPrefixes_areMergedWithTheDefaults() {
        KeyBuilder keys = KeyBuilder.builder()
                .prefixes(KeyPrefixes.of(Map.of(KeyPrefix.SESSION, "sess:", KeyPrefix.RATE_LIMIT, "limit:")))
                .build();

        assertThat(keys.session("s1")).isEqualTo("sess:s1");
        assertThat(keys.rateLimit("api", "u1")).isEqualTo("limit:api:u1");
        assertThat(keys.rateLimitUser("u1")).isEqualTo("limit:user:u1");
        assertThat(keys.userSessions("u1")).isEqualTo("user:sessions:u1");
        assertThat(keys.cacheEvent("e1")).isEqualTo("cache:event:e1");
        assertThat(keys.rateLimitIp("1.2.3.4")).isEqualTo("rl:ip:1.2.3.4");
    }

    @Test
    void formerlyHardCodedPrefixes_canBeMoved() {
        KeyBuilder keys = KeyBuilder.builder()
                .prefix(KeyPrefix.SESSION_SUMMARY, "summary:")
                .prefix(KeyPrefix.REALTIME_DATA, "rtdata:")
                .prefix(KeyPrefix.METRICS, "m:")
                .build();

        assertThat(keys.sessionSummary("s1")).isEqualTo("summary:s1");
        assertThat(keys.realtimeData("v1", "x")).isEqualTo("rtdata:v1:x");
        assertThat(keys.metricsChannel("v1", "x")).isEqualTo("m:v1:x");
    }

    @Test
    void prefixes_withReplacesOneAndKeepsTheRest() {
        KeyPrefixes prefixes = KeyPrefixes.defaults().with(KeyPrefix.LOCK, "mutex:");

        assertThat(prefixes.get(KeyPrefix.LOCK)).isEqualTo("mutex:");
        assertThat(prefixes.get(KeyPrefix.QUEUE_LOCK)).isEqualTo("queue:lock:");
        assertThat(KeyPrefixes.defaults().get(KeyPrefix.LOCK)).isEqualTo("lock:");
        assertThat(prefixes.asMap()).hasSize(KeyPrefix.values().length);
    }

    @Test
    void defaults_areTheSeedsPrefixes() {
        assertThat(KeyPrefixes.defaults().asMap()).containsEntry(KeyPrefix.FAILED_AUTH, "failed_auth:")
                .containsEntry(KeyPrefix.API_KEY, "apikey:").containsEntry(KeyPrefix.IDEMPOTENCY, "idem:")
                .containsEntry(KeyPrefix.CIRCUIT_BREAKER, "cb:").containsEntry(KeyPrefix.SERVICE_DISCOVERY, "sd:");
        assertThat(KeyPrefix.ofSeedName("rateLimitIP")).isEqualTo(KeyPrefix.RATE_LIMIT_IP);
        assertThatIllegalArgumentException().isThrownBy(() -> KeyPrefix.ofSeedName("sessions"))
                .withMessageContaining("\"sessions\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "sess", "se*:", "se ss:", "{s}:", "s%:", "s\n:"})
    void prefix_notPlainTextEndingInColon_isRejectedNamingIt(String prefix) {
        assertThatIllegalArgumentException().isThrownBy(() -> KeyPrefixes.defaults().with(KeyPrefix.SESSION, prefix))
                .withMessageContaining("SESSION").withMessageContaining("\"" + prefix + "\"");
    }

    @Test
    void namespace_isReported() {
        assertThat(KeyBuilder.withNamespace("ticketing").namespace()).contains("ticketing");
        assertThat(KeyBuilder.create().namespace()).isEmpty();
        assertThat(KeyBuilder.builder().namespace(null).build().namespace()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "tick*", "tick?", "t[1]", "a\\b", "{tag}", "t}", "with space", "tab\t", "a%b", ":a",
        "a:"})
    void namespace_invalid_isRejectedNamingTheValueAndTheRule(String namespace) {
        assertThatIllegalArgumentException().isThrownBy(() -> KeyBuilder.withNamespace(namespace))
                .withMessageContaining("\"" + namespace + "\"")
                .withMessageMatching("(?s).*(empty|character|':').*");
    }

    @Test
    void namespace_null_isRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> KeyBuilder.withNamespace(null))
                .withMessageContaining("empty");
    }

    @Test
    void qualify_prependsTheNamespaceToKeysWrittenElsewhere() {
        assertThat(KeyBuilder.withNamespace("ns").qualify("user:42")).isEqualTo("ns:user:42");
        assertThat(KeyBuilder.create().qualify("user:42")).isEqualTo("user:42");
    }

    @Test
    void create_isSharedAndImmutable() {
        assertThat(KeyBuilder.create()).isSameAs(KeyBuilder.create());
        assertThat(KeyBuilder.create().prefixes()).isEqualTo(KeyPrefixes.defaults());
    }
}
