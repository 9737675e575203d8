package io.redweave.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.redweave.RedWeave;
import io.redweave.RedWeaveException;
import io.redweave.RedisConfig;
import io.redweave.RedisConnectionException;
import io.redweave.RedisOperationException;
import io.redweave.test.RedisCluster;
import io.redweave.test.RedisClusterTest;
import io.redweave.test.RedisServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;

/**
 * A master of a real cluster with replicas killed: its replica is promoted, and after a bounded outage every
 * manager works again on every slot. During the outage calls end within a bound with typed errors, and FAIL_OPEN
 * callers see none.
 */
@RedisClusterTest(masters = 3, replicasPerMaster = 1, nodeTimeoutMillis = 1000)
class ClusterFailoverTest {
    private static final Duration TIMEOUT = Duration.ofMillis(500);
    private static final int KEYS = 60;

    private final RedisCluster cluster;
    private RedWeave redweave;

    ClusterFailoverTest(RedisCluster cluster) {
        this.cluster = cluster;
    }

    @BeforeEach
    void connect() {
        cluster.flushAll();
        redweave = RedWeave.builder().config(RedisConfig.fromEnv(Map.of("REDIS_CLUSTER_NODES", cluster.seedNodes(),
                "REDIS_TIMEOUT_MS", Long.toString(TIMEOUT.toMillis())))).build();
    }

    @AfterEach
    void close() {
        redweave.close();
    }

    @Test
    void masterKilled_replicaPromoted_managersWorkAgainAfterABoundedOutage() throws Exception {
        Shop shop = Weaving.weave(redweave, Shop.class, new Shop.Impl());
        for (int i = 0; i < KEYS; i++) {
            redweave.cache().set("k" + i, "v" + i, Duration.ofMinutes(5));
        }
        RedisServer victim = cluster.masters().get(0);
        RedisServer heir = cluster.replicas().get(0);
        RedisServer witness = cluster.masters().get(1);

        Queue<Throwable> failOpenErrors = new ConcurrentLinkedQueue<>();
        AtomicBoolean stop = new AtomicBoolean();
        Thread load = new Thread(() -> {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            for (int i = 0; !stop.get() && System.nanoTime() < deadline; i++) {
                try {
                    shop.item(Integer.toString(i % KEYS));
                    shop.browse(Integer.toString(i % KEYS));
                } catch (Throwable e) {
                    failOpenErrors.add(e);
                }
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
            }
        }, "failover-test-load");
        load.start();

        long killedAt = System.nanoTime();
        victim.kill();
        List<Long> failedCallNanos = new ArrayList<>();
        List<String> errorTypes = new ArrayList<>();
        long recoveredAt = 0;
        long promotedAt = 0;
        while (System.nanoTime() - killedAt < TimeUnit.SECONDS.toNanos(30)) {
            if (promotedAt == 0 && isMaster(witness, heir)) {
                promotedAt = System.nanoTime();
            }
            if (everyKeyWorks(failedCallNanos, errorTypes)) {
                recoveredAt = System.nanoTime();
                break;
            }
        }
        stop.set(true);
        load.join(TimeUnit.SECONDS.toMillis(10));
        if (promotedAt == 0) {
            await().atMost(Duration.ofSeconds(10)).until(() -> isMaster(witness, heir));
            promotedAt = System.nanoTime();
        }

        assertThat(recoveredAt).as("every slot served again within 30 s").isPositive();
        assertThat(failOpenErrors).isEmpty();
        assertThat(errorTypes).allMatch(type -> type.equals(RedisConnectionException.class.getSimpleName())
                || type.equals(RedisOperationException.class.getSimpleName()));
        long slowest = failedCallNanos.stream().mapToLong(Long::longValue).max().orElse(0);
        assertThat(Duration.ofNanos(slowest)).isLessThan(TIMEOUT.multipliedBy(8));
        assertThat(redweave.rateLimiter().gcra("after-failover", 5, Duration.ofSeconds(1)).allowed()).isTrue();
        assertThat(shop.item("after")).isEqualTo(shop.item("after"));
        Measure.report("failover", "master killed: replica promoted after " + Measure.millis(promotedAt - killedAt)
                + ", every slot served again after " + Measure.millis(recoveredAt - killedAt) + "; "
                + failedCallNanos.size() + " direct calls failed meanwhile (" + distinct(errorTypes)
                + "), the slowest in " + Measure.millis(slowest) + "; FAIL_OPEN callers saw no exception");
    }

    /** Reads and writes every key once; records each failure's duration and type; whether all succeeded. */
    private boolean everyKeyWorks(List<Long> failedCallNanos, List<String> errorTypes) {
        boolean all = true;
        for (int i = 0; i < KEYS; i++) {
            long started = System.nanoTime();
            try {
                redweave.cache().set("k" + i, "w" + i, Duration.ofMinutes(5));
                assertThat(redweave.cache().get("k" + i, String.class)).contains("w" + i);
            } catch (RedWeaveException e) {
                failedCallNanos.add(System.nanoTime() - started);
                errorTypes.add(e.getClass().getSimpleName());
                all = false;
            }
        }
        return all;
    }

    /** Whether {@code witness} sees {@code node} as a master that is not failing. */
    private static boolean isMaster(RedisServer witness, RedisServer node) {
        try (Jedis jedis = new Jedis(new HostAndPort(witness.host(), witness.port()))) {
            return jedis.clusterNodes().lines().anyMatch(line -> line.contains(":" + node.port() + "@")
                    && line.split(" ")[2].contains("master") && !line.split(" ")[2].contains("fail"));
        }
    }

    private static String distinct(List<String> types) {
        return types.stream().distinct().reduce((a, b) -> a + ", " + b).orElse("none");
    }
}
