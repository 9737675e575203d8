package io.redweave.key;

/**
 * The named prefixes of the {@link KeyBuilder}, each with its default, which is the TypeScript
 * library's (the seed's) prefix, so that a migrating service reads and writes the same keys.
 *
 * <p>The seed hard-coded {@code session:summary:}, {@code realtime:data:} and {@code metrics:}; here
 * they are prefixes too, with the same defaults, so that custom prefixes can move them.
 */
public enum KeyPrefix {
    /** {@code session:}, written by {@link KeyBuilder#session}. */
    SESSION("session", "session:"),
    /** {@code user:sessions:}, written by {@link KeyBuilder#userSessions}. */
    USER_SESSIONS("userSessions", "user:sessions:"),
    /** {@code session:summary:}, written by {@link KeyBuilder#sessionSummary}. */
    SESSION_SUMMARY("sessionSummary", "session:summary:"),
    /** {@code refresh:}, written by {@link KeyBuilder#refreshToken}. */
    REFRESH_TOKEN("refreshToken", "refresh:"),
    /** {@code failed_auth:}, written by {@link KeyBuilder#failedAuth}. */
    FAILED_AUTH("failedAuth", "failed_auth:"),
    /** {@code auth_lock:}, written by {@link KeyBuilder#authLock}. */
    AUTH_LOCK("authLock", "auth_lock:"),
    /** {@code rl:}, written by {@link KeyBuilder#rateLimit} (also before {@code user:} and {@code api:}). */
    RATE_LIMIT("rateLimit", "rl:"),
    /** {@code rl:ticket:}, written by {@link KeyBuilder#rateLimitTicket}. */
    RATE_LIMIT_TICKET("rateLimitTicket", "rl:ticket:"),
    /** {@code rl:ip:}, written by {@link KeyBuilder#rateLimitIp}. */
    RATE_LIMIT_IP("rateLimitIP", "rl:ip:"),
    /** {@code cache:}, written by {@link KeyBuilder#cache} (also before {@code event:}, {@code venue:}, {@code ticket:}, {@code user:}). */
    CACHE("cache", "cache:"),
    /** {@code lock:}, written by {@link KeyBuilder#lock}. */
    LOCK("lock", "lock:"),
    /** {@code cb:}, written by {@link KeyBuilder#circuitBreaker}. */
    CIRCUIT_BREAKER("circuitBreaker", "cb:"),
    /** {@code sd:}, written by {@link KeyBuilder#serviceDiscovery}. */
    SERVICE_DISCOVERY("serviceDiscovery", "sd:"),
    /** {@code health:}, written by {@link KeyBuilder#health}. */
    HEALTH("health", "health:"),
    /** {@code queue:lock:}, written by {@link KeyBuilder#queueLock}. */
    QUEUE_LOCK("queueLock", "queue:lock:"),
    /** {@code apikey:}, written by {@link KeyBuilder#apiKey}. */
    API_KEY("apiKey", "apikey:"),
    /** {@code idem:}, written by {@link KeyBuilder#idempotency}. */
    IDEMPOTENCY("idempotency", "idem:"),
    /** {@code analytics:}, written by {@link KeyBuilder#analytics}. */
    ANALYTICS("analytics", "analytics:"),
    /** {@code realtime:}, written by {@link KeyBuilder#realtime}. */
    REALTIME("realtime", "realtime:"),
    /** {@code realtime:data:}, written by {@link KeyBuilder#realtimeData}. */
    REALTIME_DATA("realtimeData", "realtime:data:"),
    /** {@code counter:}, written by {@link KeyBuilder#counter}. */
    COUNTER("counter", "counter:"),
    /** {@code gauge:}, written by {@link KeyBuilder#gauge}. */
    GAUGE("gauge", "gauge:"),
    /** {@code metrics:}, written by {@link KeyBuilder#metricsChannel}. */
    METRICS("metrics", "metrics:");

    private final String seedName;
    private final String defaultValue;

    KeyPrefix(String seedName, String defaultValue) {
        this.seedName = seedName;
        this.defaultValue = defaultValue;
    }

    /** The prefix used unless {@link KeyPrefixes} says otherwise, such as {@code session:}. */
    public String defaultValue() {
        return defaultValue;
    }

    /**
     * The prefix's name in the TypeScript library's {@code DEFAULT_KEY_PREFIXES}, such as {@code rateLimitIP};
     * for the three prefixes the seed hard-coded, the name of the method that wrote them
     * ({@code sessionSummary}, {@code realtimeData}, {@code metrics}).
     */
    public String seedName() {
        return seedName;
    }

    /**
     * The prefix with the given TypeScript name, for reading a migrated prefix configuration.
     *
     * @throws IllegalArgumentException when no prefix has that name
     */
    public static KeyPrefix ofSeedName(String seedName) {
        for (KeyPrefix prefix : values()) {
            if (prefix.seedName.equals(seedName)) {
                return prefix;
            }
        }
        throw new IllegalArgumentException("\"" + seedName + "\" is not a key prefix name; the names are those "
                + "of the TypeScript DEFAULT_KEY_PREFIXES, such as session, rateLimitIP, queueLock");
    }
}
