package io.redweave.internal;

import io.redweave.cache.CacheManager;
import io.redweave.internal.cache.JedisCacheManager;
import io.redweave.internal.ops.JedisGeoOperations;
import io.redweave.internal.ops.JedisHashOperations;
import io.redweave.internal.ops.JedisListOperations;
import io.redweave.internal.ops.JedisSortedSetOperations;
import io.redweave.internal.ops.JedisStreamOperations;
import io.redweave.internal.pubsub.JedisPubSubManager;
import io.redweave.internal.ratelimit.JedisRateLimiter;
import io.redweave.internal.session.JedisSessionManager;
import io.redweave.internal.weave.AnnotationInterceptor;
import io.redweave.internal.weave.CircuitBreaker;
import io.redweave.ops.GeoOperations;
import io.redweave.ops.HashOperations;
import io.redweave.ops.ListOperations;
import io.redweave.ops.SortedSetOperations;
import io.redweave.ops.StreamOperations;
import io.redweave.pubsub.PubSubManager;
import io.redweave.ratelimit.RateLimiter;
import io.redweave.session.SessionConfig;
import io.redweave.session.SessionManager;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The managers of one RedWeave instance, each created on first use and then shared: single flight, statistics,
 * subscriptions and the circuit breaker live in them, so there must be one of each per instance.
 */
public final class Managers implements AutoCloseable {
    private final RedisContext context;
    private final SessionConfig defaultSessions;
    private final Map<SessionConfig, SessionManager> sessions = new ConcurrentHashMap<>();
    private volatile CacheManager cache;
    private volatile RateLimiter limiter;
    private volatile JedisPubSubManager pubSub;
    private volatile AnnotationInterceptor interceptor;
    private final HashOperations hashes;
    private final SortedSetOperations sortedSets;
    private final ListOperations lists;
    private final GeoOperations geo;
    private final StreamOperations streams;

    public Managers(RedisContext context, SessionConfig defaultSessions) {
        this.context = context;
        this.defaultSessions = defaultSessions;
        this.hashes = new JedisHashOperations(context);
        this.sortedSets = new JedisSortedSetOperations(context);
        this.lists = new JedisListOperations(context);
        this.geo = new JedisGeoOperations(context);
        this.streams = new JedisStreamOperations(context);
    }

    public HashOperations hashes() {
        return hashes;
    }

    public SortedSetOperations sortedSets() {
        return sortedSets;
    }

    public ListOperations lists() {
        return lists;
    }

    public GeoOperations geo() {
        return geo;
    }

    public StreamOperations streams() {
        return streams;
    }

    public CacheManager cache() {
        CacheManager current = cache;
        if (current == null) {
            synchronized (this) {
                if (cache == null) {
                    cache = new JedisCacheManager(context);
                }
                current = cache;
            }
        }
        return current;
    }

    public RateLimiter rateLimiter() {
        RateLimiter current = limiter;
        if (current == null) {
            synchronized (this) {
                if (limiter == null) {
                    limiter = new JedisRateLimiter(context);
                }
                current = limiter;
            }
        }
        return current;
    }

    public SessionManager sessions() {
        return sessions(defaultSessions);
    }

    public SessionManager sessions(SessionConfig config) {
        return sessions.computeIfAbsent(config, c -> new JedisSessionManager(context, c));
    }

    /** The shared pub/sub manager; a new one replaces it if a caller closed it. */
    public PubSubManager pubSub() {
        JedisPubSubManager current = pubSub;
        if (current == null || current.isClosed()) {
            synchronized (this) {
                if (pubSub == null || pubSub.isClosed()) {
                    pubSub = new JedisPubSubManager(context);
                }
                current = pubSub;
            }
        }
        return current;
    }

    public AnnotationInterceptor interceptor() {
        AnnotationInterceptor current = interceptor;
        if (current == null) {
            synchronized (this) {
                if (interceptor == null) {
                    interceptor = new AnnotationInterceptor(cache(), rateLimiter(), sessions(),
                            CircuitBreaker.withDefaults(), context.config().describeTarget());
                }
                current = interceptor;
            }
        }
        return current;
    }

    @Override
    public synchronized void close() {
        if (pubSub != null) {
            pubSub.close();
        }
        if (interceptor != null) {
            interceptor.close();
        }
    }
}
