package io.redweave.cache;

import io.redweave.RedWeave;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import redis.clients.jedis.UnifiedJedis;

/**
 * The base of the cache contracts: each test starts on an empty deployment with a fresh RedWeave instance, its
 * cache, and the raw client to look at what Redis holds.
 */
abstract class CacheContract {
    static final Duration MINUTE = Duration.ofMinutes(1);

    final CacheDeployment deployment;
    RedWeave redweave;
    CacheManager cache;
    UnifiedJedis redis;

    CacheContract(CacheDeployment deployment) {
        this.deployment = deployment;
    }

    /** The cache of a RedWeave instance: the one place tests build it (until RedWeave.cache() is wired). */
    static CacheManager cacheOf(RedWeave redweave) {
        return redweave.cache();
    }

    @BeforeEach
    void openInstance() {
        deployment.flushAll();
        redweave = deployment.open();
        cache = cacheOf(redweave);
        redis = redweave.client();
    }

    @AfterEach
    void closeInstance() {
        redweave.close();
    }
}
