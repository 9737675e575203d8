package io.redweave.key;

/**
 * The named prefixes of the {@link KeyBuilder}, each with its default, which is the TypeScript
 * library's (the seed's) prefix, so that a migrating service reads and writes the same keys.
 *
 * <p>The seed hard-coded {@code session:summary:}, {@code realtime:data:} and {@code metrics:}; here
 * they are prefixes too, with the same defaults, so that custom prefixes can move them.
 */
public enum KeyPrefix {
    SESSION("session", "session:"),
    USER_SESSIONS("userSessions", "user:sessions:"),
    SESSION_SUMMARY("sessionSummary", "session:summary:"),
    REFRESH_TOKEN("refreshToken", "refresh:"),
    FAILED_AUTH("failedAuth", "failed_auth:"),
    AUTH_LOCK("authLock", "auth_lock:"),
    RATE_LIMIT("rateLimit", "rl:"),
    RATE_LIMIT_TICKET("rateLimitTicket", "rl:ticket:"),
    RATE_LIMIT_IP("rateLimitIP", "rl:ip:"),
    CACHE("cache", "cache:"),
    LOCK("lock", "lock:"),
    CIRCUIT_BREAKER("circuitBreaker", "cb:"),
    SERVICE_DISCOVERY("serviceDiscovery", "sd:"),
    HEALTH("health", "health:"),
    QUEUE_LOCK("queueLock", "queue:lock:"),
    API_KEY("apiKey", "apikey:"),
    IDEMPOTENCY("idempotency", "idem:"),
    ANALYTICS("analytics", "analytics:"),
    REALTIME("realtime", "realtime:"),
    REALTIME_DATA("realtimeData", "realtime:data:"),
    COUNTER("counter", "counter:"),
    GAUGE("gauge", "gauge:"),
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

    /** The prefix's name in the TypeScript library's {@code DEFAULT_KEY_PREFIXES}, such as {@code rateLimitIP}. */
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
