package io.redweave;

import io.redweave.codec.Codec;
import io.redweave.codec.JacksonCodec;
import io.redweave.cache.CacheManager;
import io.redweave.internal.Managers;
import io.redweave.internal.RedisContext;
import io.redweave.internal.bytebuddy.ByteBuddyWeaving;
import io.redweave.internal.connection.ClientFactory;
import io.redweave.internal.connection.DedicatedConnections;
import io.redweave.internal.connection.HealthProbe;
import io.redweave.internal.scan.JedisScanner;
import io.redweave.internal.script.ScriptRunner;
import io.redweave.key.KeyBuilder;
import io.redweave.ops.GeoOperations;
import io.redweave.ops.HashOperations;
import io.redweave.ops.ListOperations;
import io.redweave.ops.SortedSetOperations;
import io.redweave.ops.StreamOperations;
import io.redweave.pubsub.PubSubManager;
import io.redweave.ratelimit.RateLimiter;
import io.redweave.scan.Scanner;
import io.redweave.session.SessionConfig;
import io.redweave.session.SessionManager;
import io.redweave.weave.Interceptor;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import redis.clients.jedis.UnifiedJedis;

/**
 * The entry point: one connection to Redis (standalone, Cluster or Sentinel) and the managers that use it.
 *
 * <pre>{@code
 * try (RedWeave redweave = RedWeave.builder().config(RedisConfig.fromEnv()).namespace("ticketing").build()) {
 *     redweave.client().set("greeting", "hello");
 * }
 * }</pre>
 *
 * <p>Instances are independent: several can run side by side in one process. For woven aspects and plain
 * Java there is also one process-wide default, set up with {@link #initialize(RedisConfig)}.
 * Thread-safe. {@link #close()} is idempotent; any later call fails with {@link IllegalStateException}.
 *
 * <p>Implementation notes: this class is the library's front door, so it is longer than most: one documented
 * accessor per manager and operation, the default-instance lifecycle and the builder. It holds no logic of its
 * own; everything it hands out lives in {@code io.redweave.internal}.
 */
public final class RedWeave implements AutoCloseable {
    private static final Object DEFAULT_LOCK = new Object();
    private static volatile RedWeave defaultInstance;

    private final RedisContext context;
    private final Managers managers;
    private final HealthProbe healthProbe;
    private final AtomicBoolean closed = new AtomicBoolean();

    private RedWeave(RedisConfig config, KeyBuilder keys, Codec codec, SessionConfig sessions, UnifiedJedis client) {
        this.context = new RedisContext(config, client, codec, keys, new ScriptRunner(client),
                new JedisScanner(client), new DedicatedConnections(config, client));
        this.managers = new Managers(context, sessions);
        this.healthProbe = new HealthProbe(client, config.mode());
    }

    /** A builder; {@link Builder#build()} connects and fails fast when Redis does not answer. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Sets up the process-wide default instance, the counterpart of the seed's {@code initRedis()}. Calling it
     * again with an equal configuration returns the same instance.
     *
     * @throws IllegalStateException if it was initialized with a different configuration
     */
    public static RedWeave initialize(RedisConfig config) {
        synchronized (DEFAULT_LOCK) {
            if (defaultInstance != null) {
                if (!defaultInstance.config().equals(config)) {
                    throw new IllegalStateException("RedWeave is already initialized with " + defaultInstance.config()
                            + "; call RedWeave.shutdown() before initializing it with " + config);
                }
                return defaultInstance;
            }
            defaultInstance = builder().config(config).build();
            return defaultInstance;
        }
    }

    /**
     * The process-wide default instance.
     *
     * @throws IllegalStateException if {@link #initialize(RedisConfig)} has not been called
     */
    public static RedWeave get() {
        RedWeave current = defaultInstance;
        if (current == null) {
            throw new IllegalStateException(
                    "RedWeave is not initialized: call RedWeave.initialize(...) at start-up");
        }
        return current;
    }

    /** Closes the process-wide default instance, if any; a later {@link #initialize} starts afresh. */
    public static void shutdown() {
        synchronized (DEFAULT_LOCK) {
            if (defaultInstance != null) {
                defaultInstance.close();
                defaultInstance = null;
            }
        }
    }

    /** The configuration this instance was built with. */
    public RedisConfig config() {
        return context.config();
    }

    /** The prefix of every key RedWeave writes, or {@code null} when none was set. */
    public String namespace() {
        return context.keys().namespace().orElse(null);
    }

    /** Builds keys with the seed library's prefixes, under this instance's namespace, with every part encoded. */
    public KeyBuilder keys() {
        ensureOpen();
        return context.keys();
    }

    /** Scans keys with {@code SCAN} (never {@code KEYS}); in a cluster, on every master. */
    public Scanner scanner() {
        ensureOpen();
        return context.scanner();
    }

    /** The cache: typed values with TTLs under {@code [namespace:]cache:}, with stampede protection. */
    public CacheManager cache() {
        ensureOpen();
        return managers.cache();
    }

    /** Distributed rate limits: sliding window, fixed window, token bucket and GCRA, one round trip each. */
    public RateLimiter rateLimiter() {
        ensureOpen();
        return managers.rateLimiter();
    }

    /** Sessions with the configuration given to the builder (defaults: 30 min TTL, 5 per user, REJECT). */
    public SessionManager sessions() {
        ensureOpen();
        return managers.sessions();
    }

    /** Sessions with their own configuration; one manager per distinct configuration. */
    public SessionManager sessions(SessionConfig config) {
        ensureOpen();
        return managers.sessions(config);
    }

    /** Typed publish/subscribe on this instance's own subscriber connection. */
    public PubSubManager pubSub() {
        ensureOpen();
        return managers.pubSub();
    }

    /** Typed hash commands ({@code HSET}, {@code HGETALL}, …) on full keys. */
    public HashOperations hashes() {
        ensureOpen();
        return managers.hashes();
    }

    /** Sorted-set commands ({@code ZADD}, {@code ZRANGE}, …) on full keys. */
    public SortedSetOperations sortedSets() {
        ensureOpen();
        return managers.sortedSets();
    }

    /** Typed list commands, blocking ones on dedicated connections. */
    public ListOperations lists() {
        ensureOpen();
        return managers.lists();
    }

    /** Geo commands, searches through {@code GEOSEARCH}. */
    public GeoOperations geo() {
        ensureOpen();
        return managers.geo();
    }

    /** Typed stream commands with consumer groups; blocking reads on dedicated connections. */
    public StreamOperations streams() {
        ensureOpen();
        return managers.streams();
    }

    /** The interception core that weaving adapters (aspects, proxies, DI interceptors) hand calls to. */
    public Interceptor interceptor() {
        ensureOpen();
        return managers.interceptor();
    }

    /**
     * An intercepting proxy of {@code target}, made with Byte Buddy: calls of its methods that carry RedWeave
     * annotations go through this instance's {@link #interceptor()}, and every call reaches {@code target}.
     *
     * <p>When the target's class implements interfaces, the proxy implements them (and only them: assign it to
     * one of them, as in {@code UserService users = redweave.proxy(new UserServiceImpl())}), and every method
     * carrying annotations must be declared by one of them. Otherwise the proxy extends the target's class, which
     * then needs a no-argument constructor that is not private; where that is impossible, use
     * {@link #enhance(Class)}. Annotations are read from the target class's method first, then from the
     * interface's. The proxy class is generated once per target class; calls of the target on itself are not
     * intercepted. The plans of every annotated method are computed here, so bad metadata (a wrong template, a
     * class compiled without {@code -parameters}) fails now.
     *
     * @throws IllegalArgumentException naming the class, the method and the fix, when it cannot be proxied (a final
     *                                  class without interfaces, a final, private or static annotated method, …)
     *                                  or its annotations are invalid
     */
    public <T> T proxy(T target) {
        return ByteBuddyWeaving.proxy(interceptor(), target);
    }

    /**
     * A subclass of {@code type}, generated with Byte Buddy, whose methods carrying RedWeave annotations go through
     * this instance's {@link #interceptor()} and then run their own body; create its instances like those of
     * {@code type} (it has the same constructors, with their annotations), by hand or with any DI container.
     *
     * <p>The subclass is generated once per class and bound to this instance for good (through a static field set
     * when it is generated): enhance classes at start-up, from the instance that will serve them. Calls of an
     * instance on itself are intercepted too. The plans of every annotated method are computed here.
     *
     * @throws IllegalArgumentException naming the class, the method and the fix, when it cannot be subclassed (final,
     *                                  abstract, only private constructors, a final annotated method, …) or its
     *                                  annotations are invalid
     */
    public <T> Class<? extends T> enhance(Class<T> type) {
        return ByteBuddyWeaving.enhance(interceptor(), type);
    }

    /** The codec values are stored with. */
    public Codec codec() {
        return context.codec();
    }

    /** The underlying Jedis client, for anything RedWeave does not cover. */
    public UnifiedJedis client() {
        ensureOpen();
        return context.client();
    }

    /** Connections outside the pool for blocking commands and subscriptions (internal use). */
    public DedicatedConnections dedicatedConnections() {
        ensureOpen();
        return context.dedicated();
    }

    /** What the managers of this instance share (internal use). */
    public RedisContext context() {
        ensureOpen();
        return context;
    }

    /** Pings every node and reads its figures. Never throws; after {@link #close()} the report is unhealthy. */
    public HealthReport health() {
        if (closed.get()) {
            return HealthReport.unhealthy(context.config().mode(), Duration.ZERO, "RedWeave is closed");
        }
        return healthProbe.check();
    }

    /** Whether {@link #close()} has been called. */
    public boolean isClosed() {
        return closed.get();
    }

    /** Closes every connection. Idempotent. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            try {
                managers.close();
                context.dedicated().close();
            } finally {
                context.client().close();
            }
        }
    }

    private void ensureOpen() {
        if (closed.get()) {
            throw new IllegalStateException("This RedWeave instance (" + context.config().describeTarget()
                    + ") is closed: build a new one, or call RedWeave.initialize(...) again after shutdown()");
        }
    }

    /** Builds a {@link RedWeave}. */
    public static final class Builder {
        private RedisConfig config = RedisConfig.builder().build();
        private String namespace;
        private Codec codec;
        private SessionConfig sessions = SessionConfig.defaults();

        private Builder() {
        }

        /** Where Redis is; defaults to {@code localhost:6379}. */
        public Builder config(RedisConfig config) {
            if (config == null) {
                throw new IllegalArgumentException("config must not be null");
            }
            this.config = config;
            return this;
        }

        /**
         * An optional prefix for every key RedWeave writes, such as {@code "ticketing"}.
         *
         * @throws IllegalArgumentException naming the value when it is blank or holds glob, brace or space characters
         */
        public Builder namespace(String namespace) {
            KeyBuilder.withNamespace(namespace);
            this.namespace = namespace;
            return this;
        }

        /** The configuration of {@link RedWeave#sessions()} and {@code @SessionScoped}; defaults to SessionConfig.defaults(). */
        public Builder sessions(SessionConfig sessions) {
            if (sessions == null) {
                throw new IllegalArgumentException("sessions must not be null");
            }
            this.sessions = sessions;
            return this;
        }

        /** The codec for stored values; defaults to a {@link JacksonCodec}. */
        public Builder codec(Codec codec) {
            if (codec == null) {
                throw new IllegalArgumentException("codec must not be null");
            }
            this.codec = codec;
            return this;
        }

        /**
         * Connects and checks that Redis answers.
         *
         * @throws RedisConnectionException within the configured timeout when Redis cannot be reached
         */
        public RedWeave build() {
            KeyBuilder keys = namespace == null ? KeyBuilder.create() : KeyBuilder.withNamespace(namespace);
            Codec chosen = codec == null ? new JacksonCodec() : codec;
            return new RedWeave(config, keys, chosen, sessions, ClientFactory.open(config));
        }
    }
}
