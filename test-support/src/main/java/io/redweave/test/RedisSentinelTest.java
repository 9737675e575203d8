package io.redweave.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that runs against one real Redis Sentinel deployment on loopback ports (a master, its replicas and
 * the Sentinels monitoring it), started before the class and stopped after it.
 *
 * <p>The deployment is injected as a {@link RedisSentinel} parameter into constructors, {@code @BeforeAll},
 * {@code @BeforeEach} and test methods. When the class starts, every replica is in sync and every Sentinel names
 * the master and knows the replicas and the other Sentinels. Processes that a test stopped or killed are started
 * again before the next test (a data server as a replica of the master the Sentinels name now), which then waits
 * for {@link RedisSentinel#awaitMaster()}. The Sentinels run with {@code down-after-milliseconds 1000} and
 * {@code failover-timeout 2000}, so a killed master is failed over within a few seconds.
 *
 * <pre>{@code
 * @RedisSentinelTest(replicas = 1, sentinels = 3)
 * class FailoverTest {
 *     @Test
 *     void survivesAFailover(RedisSentinel sentinel) {
 *         sentinel.master().kill();
 *         RedisServer newMaster = sentinel.awaitMaster();
 *     }
 * }
 * }</pre>
 *
 * <p>All processes are local {@code redis-server} processes: from the {@code PATH}, or the binary shipped in the
 * {@code embedded-redis} jar (see {@link RedisServers#startSentinel(int, int, String)}).
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(RedisExtension.class)
public @interface RedisSentinelTest {

    /** The number of replicas of the master. Default 1, from 0 to 8; a failover needs at least 1. */
    int replicas() default 1;

    /**
     * The number of Sentinels. Default 1, from 1 to 9; the quorum is a majority of them, so 3 survive losing one.
     */
    int sentinels() default 1;

    /** The name the Sentinels monitor the master under, as in {@code REDIS_SENTINEL_MASTER}; default "mymaster". */
    String masterName() default RedisServers.DEFAULT_MASTER_NAME;
}
