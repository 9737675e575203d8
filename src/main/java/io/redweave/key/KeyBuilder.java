package io.redweave.key;

import static io.redweave.key.KeyPrefix.*;

import io.redweave.template.KeyEncoder;
import java.util.Objects;
import java.util.Optional;

/**
 * The builder of RedWeave's well-known keys: every method of the TypeScript library's KeyBuilder,
 * with the same default prefixes and the same output for ordinary parts, plus an optional namespace.
 *
 * <pre>{@code
 * KeyBuilder keys = KeyBuilder.create();
 * keys.session("abc");              // "session:abc"
 * keys.rateLimit("api", "u1");      // "rl:api:u1"
 * keys.rateLimitIp("::1");          // "rl:ip:%3A%3A1"   (a part cannot forge a separator)
 * keys.cacheUser("*");              // "cache:user:%2A"  (nor widen a pattern)
 * KeyBuilder.withNamespace("ticketing").session("abc");   // "ticketing:session:abc"
 * }</pre>
 * Every part is encoded by the {@link KeyEncoder} ({@code :}, glob characters, braces, {@code %},
 * white space and control characters become {@code %XX}; a part over 256 bytes becomes a digest), so
 * ordinary ids render exactly as in the seed. A {@code null} part is rejected with a message naming
 * it, except in {@link #build(Object...)}, which drops nulls like the seed. Instances are immutable and
 * thread-safe.
 *
 * <p>This class is longer than most because it mirrors the seed's surface method for method; each
 * method is one line.
 */
public final class KeyBuilder {
    private static final KeyBuilder DEFAULT = new KeyBuilder(null, KeyPrefixes.defaults(), KeyEncoder.defaults());

    private final String namespace;
    private final KeyPrefixes prefixes;
    private final KeyEncoder encoder;
    private final KeyPatterns patterns;

    private KeyBuilder(String namespace, KeyPrefixes prefixes, KeyEncoder encoder) {
        this.namespace = namespace;
        this.prefixes = prefixes;
        this.encoder = encoder;
        this.patterns = new KeyPatterns(this);
    }

    /** A builder with the default prefixes and no namespace. */
    public static KeyBuilder create() {
        return DEFAULT;
    }

    /**
     * A builder with the default prefixes that writes {@code namespace:} before every key and pattern.
     *
     * @throws IllegalArgumentException when the namespace is empty, or has glob, brace, percent or
     *                                  white-space characters, or starts or ends with ':'
     */
    public static KeyBuilder withNamespace(String namespace) {
        return new KeyBuilder(KeyText.requireNamespace(namespace), KeyPrefixes.defaults(), KeyEncoder.defaults());
    }

    /** A builder of key builders, for custom prefixes, a namespace and the part limit. */
    public static Builder builder() {
        return new Builder();
    }

    /** The namespace written before every key and pattern, if one is set. */
    public Optional<String> namespace() {
        return Optional.ofNullable(namespace);
    }

    /** The prefixes in use. */
    public KeyPrefixes prefixes() {
        return prefixes;
    }

    /** The encoder of parts. */
    public KeyEncoder encoder() {
        return encoder;
    }

    /** The pattern helpers, for scanning the keys this builder writes. */
    public KeyPatterns patterns() {
        return patterns;
    }

    /** A key written elsewhere (such as by a key template), with the namespace before it when one is set. */
    public String qualify(String key) {
        Objects.requireNonNull(key, "key");
        return namespace == null ? key : namespace + ':' + key;
    }

    /**
     * Joins the parts with {@code ':'}, each rendered (numbers and {@code UUID}s by {@code toString()},
     * enums by {@code name()}) and encoded. {@code null} parts are dropped, as in the seed; empty strings
     * are kept, so {@code build("a", "", "b")} is {@code a::b}, as in the seed.
     *
     * @throws IllegalArgumentException when no part is left to join
     */
    public String build(Object... parts) {
        StringBuilder key = namespace == null ? new StringBuilder() : new StringBuilder(namespace).append(':');
        boolean first = true;
        for (Object part : parts) {
            if (part != null) {
                if (!first) {
                    key.append(':');
                }
                encoder.appendValue(key, part);
                first = false;
            }
        }
        if (first) {
            throw new IllegalArgumentException("build() needs at least one part that is not null; got "
                    + parts.length + " null parts");
        }
        return key.toString();
    }

    /** The key {@code session:<sessionId>}. */
    public String session(String sessionId) { return key(SESSION, "sessionId", sessionId); }

    /** The key {@code user:sessions:<userId>}: the set of a user's session ids. */
    public String userSessions(String userId) { return key(USER_SESSIONS, "userId", userId); }

    /** The key {@code session:summary:<sessionId>} (prefix {@link KeyPrefix#SESSION_SUMMARY}). */
    public String sessionSummary(String sessionId) { return key(SESSION_SUMMARY, "sessionId", sessionId); }

    /** The key {@code refresh:<token>}. */
    public String refreshToken(String token) { return key(REFRESH_TOKEN, "token", token); }

    /** The key {@code failed_auth:<identifier>}. */
    public String failedAuth(String identifier) { return key(FAILED_AUTH, "identifier", identifier); }

    /** The key {@code auth_lock:<identifier>}. */
    public String authLock(String identifier) { return key(AUTH_LOCK, "identifier", identifier); }

    /** The key {@code rl:<type>:<identifier>}. */
    public String rateLimit(String type, String identifier) {
        return key(RATE_LIMIT, "type", type, "identifier", identifier);
    }

    /** The key {@code rl:ticket:<userId>:<eventId>}. */
    public String rateLimitTicket(String userId, String eventId) {
        return key(RATE_LIMIT_TICKET, "userId", userId, "eventId", eventId);
    }

    /** The key {@code rl:ip:<ip>}; an IPv6 address's colons are encoded ({@code ::1} gives {@code rl:ip:%3A%3A1}). */
    public String rateLimitIp(String ip) { return key(RATE_LIMIT_IP, "ip", ip); }

    /** The key {@code rl:user:<userId>}. */
    public String rateLimitUser(String userId) { return fixed(RATE_LIMIT, "user:", "userId", userId); }

    /** The key {@code rl:api:<apiKey>}. */
    public String rateLimitApi(String apiKey) { return fixed(RATE_LIMIT, "api:", "apiKey", apiKey); }

    /** The key {@code cache:<type>:<id>}. */
    public String cache(String type, String id) { return key(CACHE, "type", type, "id", id); }

    /** The key {@code cache:event:<eventId>}. */
    public String cacheEvent(String eventId) { return fixed(CACHE, "event:", "eventId", eventId); }

    /** The key {@code cache:venue:<venueId>}. */
    public String cacheVenue(String venueId) { return fixed(CACHE, "venue:", "venueId", venueId); }

    /** The key {@code cache:ticket:<ticketId>}. */
    public String cacheTicket(String ticketId) { return fixed(CACHE, "ticket:", "ticketId", ticketId); }

    /** The key {@code cache:user:<userId>}. */
    public String cacheUser(String userId) { return fixed(CACHE, "user:", "userId", userId); }

    /** The key {@code lock:<resource>}. */
    public String lock(String resource) { return key(LOCK, "resource", resource); }

    /** The key {@code queue:lock:<queueName>}. */
    public String queueLock(String queueName) { return key(QUEUE_LOCK, "queueName", queueName); }

    /** The key {@code cb:<service>}. */
    public String circuitBreaker(String service) { return key(CIRCUIT_BREAKER, "service", service); }

    /** The key {@code sd:<service>}. */
    public String serviceDiscovery(String service) { return key(SERVICE_DISCOVERY, "service", service); }

    /** The key {@code health:<service>}. */
    public String health(String service) { return key(HEALTH, "service", service); }

    /** The key {@code apikey:<key>}. */
    public String apiKey(String key) { return key(API_KEY, "key", key); }

    /** The key {@code idem:<key>}. */
    public String idempotency(String key) { return key(IDEMPOTENCY, "key", key); }

    /** The key {@code analytics:<type>:<parts joined by ':'>}; with no parts the key ends in {@code ':'}, as in the seed. */
    public String analytics(String type, String... parts) {
        return joined(start(ANALYTICS), type, parts);
    }

    /** The key {@code realtime:<venueId>:<metricType>}. */
    public String realtime(String venueId, String metricType) {
        return key(REALTIME, "venueId", venueId, "metricType", metricType);
    }

    /** The key {@code realtime:data:<venueId>:<metricType>} (prefix {@link KeyPrefix#REALTIME_DATA}). */
    public String realtimeData(String venueId, String metricType) {
        return key(REALTIME_DATA, "venueId", venueId, "metricType", metricType);
    }

    /** The key {@code counter:<venueId>:<counterType>}. */
    public String counter(String venueId, String counterType) {
        return key(COUNTER, "venueId", venueId, "counterType", counterType);
    }

    /** The key {@code gauge:<venueId>:<gaugeName>}. */
    public String gauge(String venueId, String gaugeName) {
        return key(GAUGE, "venueId", venueId, "gaugeName", gaugeName);
    }

    /** A pub/sub channel {@code <type>:<parts joined by ':'>}, no prefix (the namespace, when set, comes first). */
    public String channel(String type, String... parts) {
        return joined(namespace == null ? new StringBuilder() : new StringBuilder(namespace).append(':'), type, parts);
    }

    /** The channel {@code metrics:<venueId>:<metricType>} (prefix {@link KeyPrefix#METRICS}). */
    public String metricsChannel(String venueId, String metricType) {
        return key(METRICS, "venueId", venueId, "metricType", metricType);
    }

    /** The namespace (when set) and the prefix, ready for parts. */
    StringBuilder start(KeyPrefix prefix) {
        StringBuilder key = new StringBuilder(64);
        if (namespace != null) {
            key.append(namespace).append(':');
        }
        return key.append(prefixes.get(prefix));
    }

    /** One part, checked and encoded. */
    String part(String name, String value) {
        if (value == null) {
            throw new NullPointerException(name + " is null: every part of a key must be given");
        }
        return encoder.encode(value);
    }

    private String key(KeyPrefix prefix, String name, String value) {
        return start(prefix).append(part(name, value)).toString();
    }

    private String key(KeyPrefix prefix, String name1, String value1, String name2, String value2) {
        return start(prefix).append(part(name1, value1)).append(':').append(part(name2, value2)).toString();
    }

    private String fixed(KeyPrefix prefix, String type, String name, String value) {
        return start(prefix).append(type).append(part(name, value)).toString();
    }

    private String joined(StringBuilder key, String type, String[] parts) {
        key.append(part("type", type)).append(':');
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                key.append(':');
            }
            key.append(part("parts[" + i + "]", parts[i]));
        }
        return key.toString();
    }

    @Override
    public String toString() {
        return "KeyBuilder[namespace=" + namespace + ", " + prefixes + "]";
    }

    /** Collects a namespace, prefixes and a part limit for a {@link KeyBuilder}. */
    public static final class Builder {
        private String namespace;
        private KeyPrefixes prefixes = KeyPrefixes.defaults();
        private KeyEncoder encoder = KeyEncoder.defaults();

        private Builder() {
        }

        /** Writes {@code namespace:} before every key and pattern; {@code null} for none (the default). */
        public Builder namespace(String namespace) {
            this.namespace = namespace == null ? null : KeyText.requireNamespace(namespace);
            return this;
        }

        /** Uses these prefixes (already merged with the defaults). */
        public Builder prefixes(KeyPrefixes prefixes) {
            this.prefixes = Objects.requireNonNull(prefixes, "prefixes");
            return this;
        }

        /** Replaces one prefix, keeping the others. */
        public Builder prefix(KeyPrefix name, String prefix) {
            this.prefixes = prefixes.with(name, prefix);
            return this;
        }

        /** Replaces encoded parts longer than this many UTF-8 bytes by a digest (256 by default, at least 72). */
        public Builder maxPartBytes(int maxPartBytes) {
            this.encoder = KeyEncoder.withMaxPartBytes(maxPartBytes);
            return this;
        }

        /** The key builder. */
        public KeyBuilder build() {
            return new KeyBuilder(namespace, prefixes, encoder);
        }
    }
}
