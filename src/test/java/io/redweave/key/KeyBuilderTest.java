package io.redweave.key;

import static org.assertj.core.api.Assertions.assertThat;

import io.redweave.template.KeyEncoder;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every KeyBuilder method gives the seed's output for ordinary parts, with and without a namespace, and
 * encodes hostile parts. Each call passes the same part {@code p} for every string parameter; the
 * expected key writes it as {@code P}.
 */
class KeyBuilderTest {

    static Stream<Arguments> everyMethod() {
        return Stream.of(
                method("build", (k, p) -> k.build(p, 1, null, p), "P:1:P"),
                method("session", KeyBuilder::session, "session:P"),
                method("userSessions", KeyBuilder::userSessions, "user:sessions:P"),
                method("sessionSummary", KeyBuilder::sessionSummary, "session:summary:P"),
                method("refreshToken", KeyBuilder::refreshToken, "refresh:P"),
                method("failedAuth", KeyBuilder::failedAuth, "failed_auth:P"),
                method("authLock", KeyBuilder::authLock, "auth_lock:P"),
                method("rateLimit", (k, p) -> k.rateLimit(p, p), "rl:P:P"),
                method("rateLimitTicket", (k, p) -> k.rateLimitTicket(p, p), "rl:ticket:P:P"),
                method("rateLimitIp", KeyBuilder::rateLimitIp, "rl:ip:P"),
                method("rateLimitUser", KeyBuilder::rateLimitUser, "rl:user:P"),
                method("rateLimitApi", KeyBuilder::rateLimitApi, "rl:api:P"),
                method("cache", (k, p) -> k.cache(p, p), "cache:P:P"),
                method("cacheEvent", KeyBuilder::cacheEvent, "cache:event:P"),
                method("cacheVenue", KeyBuilder::cacheVenue, "cache:venue:P"),
                method("cacheTicket", KeyBuilder::cacheTicket, "cache:ticket:P"),
                method("cacheUser", KeyBuilder::cacheUser, "cache:user:P"),
                method("lock", KeyBuilder::lock, "lock:P"),
                method("queueLock", KeyBuilder::queueLock, "queue:lock:P"),
                method("circuitBreaker", KeyBuilder::circuitBreaker, "cb:P"),
                method("serviceDiscovery", KeyBuilder::serviceDiscovery, "sd:P"),
                method("health", KeyBuilder::health, "health:P"),
                method("apiKey", KeyBuilder::apiKey, "apikey:P"),
                method("idempotency", KeyBuilder::idempotency, "idem:P"),
                method("analytics", (k, p) -> k.analytics(p, p, p), "analytics:P:P:P"),
                method("analytics, no parts", (k, p) -> k.analytics(p), "analytics:P:"),
                method("realtime", (k, p) -> k.realtime(p, p), "realtime:P:P"),
                method("realtimeData", (k, p) -> k.realtimeData(p, p), "realtime:data:P:P"),
                method("counter", (k, p) -> k.counter(p, p), "counter:P:P"),
                method("gauge", (k, p) -> k.gauge(p, p), "gauge:P:P"),
                method("channel", (k, p) -> k.channel(p, p, p), "P:P:P"),
                method("channel, no parts", (k, p) -> k.channel(p), "P:"),
                method("metricsChannel", (k, p) -> k.metricsChannel(p, p), "metrics:P:P"));
    }

    private static Arguments method(String name, BiFunction<KeyBuilder, String, String> call, String expected) {
        return Arguments.of(name, call, expected);
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("everyMethod")
    void method_ordinaryParts_givesTheSeedsKey(String name, BiFunction<KeyBuilder, String, String> call,
                                               String expected) {
        assertThat(call.apply(KeyBuilder.create(), "v1")).isEqualTo(expected.replace("P", "v1"));
        assertThat(call.apply(KeyBuilder.create(), "550e8400-e29b-41d4-a716-446655440000"))
                .isEqualTo(expected.replace("P", "550e8400-e29b-41d4-a716-446655440000"));
    }

    @ParameterizedTest(name = "{0} -> ticketing:{2}")
    @MethodSource("everyMethod")
    void method_withNamespace_prependsIt(String name, BiFunction<KeyBuilder, String, String> call, String expected) {
        assertThat(call.apply(KeyBuilder.withNamespace("ticketing"), "v1"))
                .isEqualTo("ticketing:" + expected.replace("P", "v1"));
        assertThat(call.apply(KeyBuilder.withNamespace("ticketing:eu"), "v1"))
                .isEqualTo("ticketing:eu:" + expected.replace("P", "v1"));
    }

    @ParameterizedTest(name = "{0} -> my-{2}")
    @MethodSource("everyMethod")
    void method_everyPrefixCustomized_usesTheCustomPrefix(String name, BiFunction<KeyBuilder, String, String> call,
                                                         String expected) {
        KeyPrefixes custom = KeyPrefixes.defaults();
        for (KeyPrefix prefix : KeyPrefix.values()) {
            custom = custom.with(prefix, "my-" + prefix.defaultValue());
        }
        boolean unprefixed = name.startsWith("build") || name.startsWith("channel");

        String key = call.apply(KeyBuilder.builder().prefixes(custom).build(), "v1");

        assertThat(key).isEqualTo((unprefixed ? "" : "my-") + expected.replace("P", "v1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyMethod")
    void method_hostileParts_areEncoded(String name, BiFunction<KeyBuilder, String, String> call, String expected) {
        for (String hostile : new String[] {"*", "?", "[a]", "\\", "{tag}", "::1", "a\r\nb", "nul\0", "%2A", " "}) {
            String key = call.apply(KeyBuilder.create(), hostile);

            assertThat(key).isEqualTo(expected.replace("P", KeyEncoder.encodePart(hostile)));
            assertThat(key.chars().filter(c -> c == ':').count())
                    .isEqualTo(expected.chars().filter(c -> c == ':').count());
        }
    }
}
