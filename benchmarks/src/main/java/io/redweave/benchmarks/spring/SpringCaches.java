package io.redweave.benchmarks.spring;

import io.redweave.benchmarks.support.BenchRedis;
import io.redweave.benchmarks.support.Payload;
import io.redweave.benchmarks.support.User;
import java.time.Duration;
import org.apache.commons.pool2.impl.GenericObjectPoolConfig;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.concurrent.ConcurrentMapCacheManager;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.cache.RedisCacheConfiguration;
import org.springframework.data.redis.cache.RedisCacheManager;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.jedis.JedisClientConfiguration;
import org.springframework.data.redis.connection.jedis.JedisConnectionFactory;
import org.springframework.data.redis.serializer.RedisSerializationContext;
import org.springframework.data.redis.serializer.RedisSerializer;

/**
 * The Spring baselines, as in the anchors: {@code @Cacheable} through a CGLIB proxy over Spring Data Redis
 * ({@code RedisCacheManager}, a pooled {@code JedisConnectionFactory}, {@code Jackson2JsonRedisSerializer<User>} on
 * the same Jackson) or over an in-memory {@code ConcurrentMapCacheManager}.
 */
public final class SpringCaches {

    private SpringCaches() {
    }

    /** Turns on Spring's cache abstraction with class-based proxies. */
    @Configuration(proxyBeanMethods = false)
    @EnableCaching(proxyTargetClass = true)
    static class Caching {
    }

    /** A context whose {@link SpringUserService} caches in Redis through Spring Data Redis. */
    public static AnnotationConfigApplicationContext redis(BenchRedis redis) {
        GenericObjectPoolConfig<redis.clients.jedis.Jedis> pool = new GenericObjectPoolConfig<>();
        pool.setMaxTotal(BenchRedis.POOL_SIZE);
        pool.setMaxIdle(BenchRedis.POOL_SIZE);
        JedisConnectionFactory factory = new JedisConnectionFactory(
                new RedisStandaloneConfiguration(redis.host(), redis.port()),
                JedisClientConfiguration.builder().usePooling().poolConfig(pool).build());
        RedisCacheConfiguration defaults = RedisCacheConfiguration.defaultCacheConfig()
                .entryTtl(Duration.ofHours(1))
                .serializeValuesWith(RedisSerializationContext.SerializationPair.fromSerializer(jsonSerializer()));
        return context(factory, RedisCacheManager.builder(factory).cacheDefaults(defaults).build());
    }

    /** A context whose {@link SpringUserService} caches in a {@code ConcurrentMapCache}. */
    public static AnnotationConfigApplicationContext inMemory() {
        return context(null, new ConcurrentMapCacheManager("users"));
    }

    @SuppressWarnings("removal") // deprecated in SDR 4 for its Jackson 3 successor; kept to decode with the same Jackson 2
    private static RedisSerializer<User> jsonSerializer() {
        return new org.springframework.data.redis.serializer.Jackson2JsonRedisSerializer<>(Payload.mapper(), User.class);
    }

    private static AnnotationConfigApplicationContext context(JedisConnectionFactory factory, CacheManager manager) {
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        if (factory != null) {
            context.registerBean(JedisConnectionFactory.class, () -> factory);
        }
        context.registerBean(CacheManager.class, () -> manager);
        context.register(Caching.class);
        context.registerBean(SpringUserService.class);
        context.refresh();
        return context;
    }
}
