package io.redweave.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that runs against one real Redis Cluster on loopback ports, started before the class and stopped
 * after it.
 *
 * <p>The cluster is injected as a {@link RedisCluster} parameter into constructors, {@code @BeforeAll},
 * {@code @BeforeEach} and test methods. When the class starts, every node reports {@code cluster_state:ok},
 * knows every other node and agrees on the slot map, and every replica is in sync with its master. Nodes that a
 * test stopped or killed are started again before the next test, which then waits until the cluster is healthy.
 *
 * <p>Cluster nodes are always local {@code redis-server} processes: from the {@code PATH}, or the binary shipped in
 * the {@code embedded-redis} jar (see {@link RedisServers#startCluster(int, int)}).
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(RedisExtension.class)
public @interface RedisClusterTest {

    /** The number of masters; the 16384 slots are split evenly between them. Default 3, at least 3. */
    int masters() default 3;

    /** The number of replicas of each master. Default 0; 1 gives 3 masters and 3 replicas. */
    int replicasPerMaster() default 0;

    /**
     * The {@code cluster-node-timeout} of every node, in milliseconds: how long a node may be unreachable before
     * it is considered failing and a replica may take over. Default 2000, at least 100.
     */
    int nodeTimeoutMillis() default 2000;
}
