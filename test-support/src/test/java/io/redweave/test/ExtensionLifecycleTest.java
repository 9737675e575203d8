package io.redweave.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import redis.clients.jedis.Jedis;

/** Runs {@link RedisTest} classes inside this test and checks their servers before, during and after. */
class ExtensionLifecycleTest {

    private static final Map<Class<?>, RedisServer> SEEN = new ConcurrentHashMap<>();
    private static final Map<Class<?>, Long> PIDS = new ConcurrentHashMap<>();
    private static final Map<Class<?>, RedisCluster> SEEN_CLUSTER = new ConcurrentHashMap<>();

    @Test
    void twoTestClasses_getDifferentServers_stoppedAfterEachClass() {
        assertSucceeded(TestClasses.run(FirstClass.class, SecondClass.class), 2);

        RedisServer first = SEEN.get(FirstClass.class);
        RedisServer second = SEEN.get(SecondClass.class);
        assertThat(first.port()).isNotEqualTo(second.port());
        if (first.canRestart()) {
            for (Class<?> c : new Class<?>[] {FirstClass.class, SecondClass.class}) {
                assertThat(ProcessHandle.of(PIDS.get(c)).filter(ProcessHandle::isAlive))
                        .as("process of %s after the class", c.getSimpleName()).isEmpty();
                assertThat(SEEN.get(c).isRunning()).isFalse();
                RestartTest.assertRefusesConnections(SEEN.get(c));
                if (SEEN.get(c) instanceof ProcessServer local) {
                    assertThat(local.dir()).as("working directory of %s", c.getSimpleName()).doesNotExist();
                }
            }
            Path pidFile = Settings.current().pidDir().resolve(PIDS.get(FirstClass.class) + ".pid");
            assertThat(pidFile).doesNotExist();
        }
    }

    @Test
    void serverKilledByATest_isRunningAgainForTheNextTest() {
        assertSucceeded(TestClasses.run(KillingClass.class), 2);
    }

    @Test
    void clusterNodeKilledByATest_hasRejoinedForTheNextTest() {
        assertSucceeded(TestClasses.run(KillingClusterClass.class), 2);

        RedisCluster cluster = SEEN_CLUSTER.get(KillingClusterClass.class);
        assertThat(cluster.nodes()).noneMatch(RedisServer::isRunning);
    }

    @Test
    void nestedClass_sharesTheServerOfItsEnclosingClass() {
        assertSucceeded(TestClasses.run(Outer.class), 2);

        assertThat(SEEN.get(Outer.Inner.class)).isSameAs(SEEN.get(Outer.class));
    }

    private static void assertSucceeded(TestExecutionSummary summary, long tests) {
        StringWriter failures = new StringWriter();
        summary.printFailuresTo(new PrintWriter(failures), 30);
        assertThat(summary.getTotalFailureCount()).as(failures.toString()).isZero();
        assertThat(summary.getTestsSucceededCount()).isEqualTo(tests);
    }

    private static void record(Class<?> testClass, RedisServer redis) {
        SEEN.put(testClass, redis);
        redis.pid().ifPresent(pid -> PIDS.put(testClass, pid));
        try (Jedis jedis = Clients.jedis(redis)) {
            assertThat(jedis.ping()).isEqualTo("PONG");
        }
    }

    @RedisTest
    static class FirstClass {
        @Test
        void run(RedisServer redis) {
            record(FirstClass.class, redis);
        }
    }

    @RedisTest
    static class SecondClass {
        @Test
        void run(RedisServer redis) {
            record(SecondClass.class, redis);
        }
    }

    @RedisTest
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class KillingClass {
        @Test
        @Order(1)
        void kill(RedisServer redis) {
            if (redis.canRestart()) {
                redis.kill();
            }
        }

        @Test
        @Order(2)
        void serverAnswers(RedisServer redis) {
            assertThat(redis.isRunning()).isTrue();
            try (Jedis jedis = Clients.jedis(redis)) {
                assertThat(jedis.ping()).isEqualTo("PONG");
            }
        }
    }

    @RedisClusterTest
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class KillingClusterClass {
        @Test
        @Order(1)
        void killAMaster(RedisCluster cluster) {
            SEEN_CLUSTER.put(KillingClusterClass.class, cluster);
            cluster.masters().get(0).kill();
        }

        @Test
        @Order(2)
        void everyNodeServesTheCluster(RedisCluster cluster) {
            for (RedisServer node : cluster.nodes()) {
                try (Jedis jedis = Clients.jedis(node)) {
                    assertThat(jedis.clusterInfo()).contains("cluster_state:ok", "cluster_known_nodes:3");
                }
            }
        }
    }

    @RedisTest
    static class Outer {
        @Test
        void run(RedisServer redis) {
            SEEN.put(Outer.class, redis);
        }

        @org.junit.jupiter.api.Nested
        class Inner {
            @Test
            void run(RedisServer redis) {
                SEEN.put(Outer.Inner.class, redis);
            }
        }
    }
}
