package io.redweave.weave.contract;

import io.redweave.RedWeave;
import io.redweave.RedisConfig;
import io.redweave.internal.weave.AnnotationInterceptor;
import io.redweave.test.RedisServer;
import io.redweave.test.RedisTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import redis.clients.jedis.UnifiedJedis;

/**
 * The base of the weaving contract suite: a fresh real Redis per test class, flushed before each test, and the
 * process-wide default RedWeave ({@link RedWeave#initialize}) set up afresh before each test (whatever an earlier
 * test class left behind) and shut down after it, so that both woven code (which finds it through
 * {@link RedWeave#get()}) and generated proxies can use it.
 *
 * <p>The scenarios live in the subclasses of this class, one abstract class per theme; a weaving mode extends the
 * last of them, {@link WeavingContract}, and implements {@link #weave(Class)}.
 */
@RedisTest
public abstract class ContractSupport {
    /** The Redis server of the test class (it can be stopped and started by failure scenarios). */
    protected RedisServer server;

    /**
     * An instance of {@code serviceType}, woven by the mode under test: for AspectJ, simply
     * {@code serviceType.getConstructor().newInstance()}; for Byte Buddy, a proxy of such an instance or an instance
     * of an enhanced subclass. Called after the default RedWeave is initialized. For a class implementing
     * interfaces the result may implement only those interfaces (a proxy): the suite then uses it through
     * {@link #service(Class, Class)}.
     */
    protected abstract <T> T weave(Class<T> serviceType) throws Exception;

    /** An instance of {@code implementation}, woven, used through its interface {@code api}. */
    protected final <I> I service(Class<? extends I> implementation, Class<I> api) throws Exception {
        Object woven = weave(implementation);
        return api.cast(woven);
    }

    @BeforeEach
    final void initializeRedWeave(RedisServer server) {
        this.server = server;
        server.flushAll();
        RedWeave.shutdown();
        RedWeave.initialize(RedisConfig.builder().url(server.uri()).build());
    }

    @AfterEach
    final void shutdownRedWeave() {
        RedWeave.shutdown();
    }

    /** The process-wide default instance the woven services use. */
    protected static RedWeave redweave() {
        return RedWeave.get();
    }

    /** Direct access to Redis, to look at what the services wrote. */
    protected static UnifiedJedis redis() {
        return RedWeave.get().client();
    }

    /** The interception core of the default instance (breaker state, pending invalidations). */
    protected static AnnotationInterceptor core() {
        return (AnnotationInterceptor) RedWeave.get().interceptor();
    }
}
