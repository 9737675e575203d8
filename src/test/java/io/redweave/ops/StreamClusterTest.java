package io.redweave.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redweave.RedWeave;
import io.redweave.RedisConfig;
import io.redweave.ops.StreamOperationsContract.Order;
import io.redweave.test.RedisCluster;
import io.redweave.test.RedisClusterTest;
import io.redweave.test.RedisServer;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.util.JedisClusterCRC16;

/**
 * The stream operations on a real 3-master Redis Cluster: every contract, and reads over several streams, which
 * need their keys in one hash slot.
 */
@RedisClusterTest(masters = 3)
class StreamClusterTest {
    private static final Order A1 = StreamOperationsContract.A1;
    private static final Order B2 = StreamOperationsContract.B2;

    private final RedisCluster cluster;

    StreamClusterTest(RedisCluster cluster) {
        this.cluster = cluster;
    }

    RedisConfig config(Duration timeout) {
        return RedisConfig.builder().clusterNodes(config().clusterNodes()).timeout(timeout).poolSize(1).build();
    }

    RedisConfig config() {
        return RedisConfig.fromEnv(Map.of("REDIS_CLUSTER_NODES", cluster.seedNodes()));
    }

    String clientLists() {
        StringBuilder lists = new StringBuilder();
        for (RedisServer master : cluster.masters()) {
            try (Jedis jedis = new Jedis(master.host(), master.port())) {
                lists.append(jedis.clientList()).append('\n');
            }
        }
        return lists.toString();
    }

    /** Reads over several streams in one command. */
    @Nested
    class MultiStream {
        private RedWeave redweave;
        private StreamOperations streams;

        @BeforeEach
        void open() {
            cluster.flushAll();
            redweave = RedWeave.builder().config(config()).build();
            streams = StreamOperationsContract.streams(redweave);
        }

        @AfterEach
        void close() {
            redweave.close();
        }

        @Test
        void xread_severalStreamsInDifferentSlots_failsBeforeSending_withTheHashTagExplanation() {
            assertThat(JedisClusterCRC16.getSlot("orders:eu")).isNotEqualTo(JedisClusterCRC16.getSlot("orders:us"));
            Map<String, StreamOffset> offsets = new LinkedHashMap<>();
            offsets.put("orders:eu", StreamOffset.beginning());
            offsets.put("orders:us", StreamOffset.beginning());
            long readsBefore = commandCalls("xread");

            assertThatThrownBy(() -> streams.xread(offsets, StreamReadOptions.defaults().block(Duration.ofSeconds(10)),
                    Order.class))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("XREAD")
                    .hasMessageContaining("'orders:eu' in slot " + JedisClusterCRC16.getSlot("orders:eu"))
                    .hasMessageContaining("'orders:us' in slot " + JedisClusterCRC16.getSlot("orders:us"))
                    .hasMessageContaining("hash tag");
            assertThat(commandCalls("xread")).isEqualTo(readsBefore);
        }

        @Test
        void xreadGroup_severalStreamsInDifferentSlots_failsBeforeSending() {
            Map<String, StreamOffset> offsets = new LinkedHashMap<>();
            offsets.put("orders:eu", StreamOffset.undelivered());
            offsets.put("orders:us", StreamOffset.undelivered());
            long groupReadsBefore = commandCalls("xreadgroup");

            assertThatThrownBy(() -> streams.xreadGroup("billing", "A", offsets, StreamReadOptions.defaults(),
                    Order.class))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("XREADGROUP")
                    .hasMessageContaining("hash tag");
            assertThat(commandCalls("xreadgroup")).isEqualTo(groupReadsBefore);
        }

        @Test
        void xread_severalHashTaggedStreams_readsThemInOneCommand() {
            StreamId eu = streams.xadd("{orders}:eu", Map.of("order", A1));
            streams.xadd("{orders}:us", Map.of("order", B2));
            Map<String, StreamOffset> offsets = new LinkedHashMap<>();
            offsets.put("{orders}:eu", StreamOffset.beginning());
            offsets.put("{orders}:us", StreamOffset.beginning());

            Map<String, List<StreamEntry<Order>>> read = streams.xread(offsets, StreamReadOptions.defaults(),
                    Order.class);

            assertThat(read).containsOnlyKeys("{orders}:eu", "{orders}:us");
            assertThat(read.get("{orders}:eu")).extracting(StreamEntry::id).containsExactly(eu);
            assertThat(read.get("{orders}:us")).extracting(entry -> entry.value("order").orElseThrow())
                    .containsExactly(B2);
        }

        @Test
        @Timeout(20)
        void blockingXreadGroup_overSeveralHashTaggedStreams_receivesAnEntryAddedToEither() throws Exception {
            streams.xgroupCreate("{orders}:eu", "billing", StreamOffset.latest());
            streams.xgroupCreate("{orders}:us", "billing", StreamOffset.latest());
            Map<String, StreamOffset> offsets = new LinkedHashMap<>();
            offsets.put("{orders}:eu", StreamOffset.undelivered());
            offsets.put("{orders}:us", StreamOffset.undelivered());
            CompletableFuture<Map<String, List<StreamEntry<Order>>>> read = CompletableFuture.supplyAsync(() ->
                    streams.xreadGroup("billing", "A", offsets,
                            StreamReadOptions.defaults().block(Duration.ofSeconds(5)), Order.class));
            Awaitility.await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(20))
                    .until(() -> clientLists().lines().anyMatch(client -> client.contains(" flags=b ")
                            && client.contains(" cmd=xreadgroup ")));

            StreamId id = streams.xadd("{orders}:us", Map.of("order", B2));

            Map<String, List<StreamEntry<Order>>> received = read.get(5, TimeUnit.SECONDS);
            assertThat(received).containsOnlyKeys("{orders}:us");
            assertThat(received.get("{orders}:us")).extracting(StreamEntry::id).containsExactly(id);
        }

    }

    /** How many times the masters have run a command since the cluster started. */
    private long commandCalls(String command) {
        long calls = 0;
        for (RedisServer master : cluster.masters()) {
            try (Jedis jedis = new Jedis(master.host(), master.port())) {
                for (String line : jedis.info("commandstats").split("\r?\n")) {
                    if (line.startsWith("cmdstat_" + command + ":calls=")) {
                        String count = line.substring(line.indexOf("calls=") + 6);
                        calls += Long.parseLong(count.substring(0, count.indexOf(',')));
                    }
                }
            }
        }
        return calls;
    }

    @Nested
    class Operations extends StreamOperationsContract {
        @Override
        RedisConfig config() {
            return StreamClusterTest.this.config();
        }

        @Override
        void flushAll() {
            cluster.flushAll();
        }
    }

    @Nested
    class Groups extends StreamGroupsContract {
        @Override
        RedisConfig config() {
            return StreamClusterTest.this.config();
        }

        @Override
        void flushAll() {
            cluster.flushAll();
        }
    }

    @Nested
    class Blocking extends StreamBlockingContract {
        @Override
        RedisConfig config(Duration socketTimeout) {
            return StreamClusterTest.this.config(socketTimeout);
        }

        @Override
        void flushAll() {
            cluster.flushAll();
        }

        @Override
        String clientLists() {
            return StreamClusterTest.this.clientLists();
        }
    }
}
