package io.redweave.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.redweave.RedWeave;
import io.redweave.RedisConfig;
import io.redweave.ops.StreamOperationsContract.Order;
import io.redweave.test.RedisServer;
import io.redweave.test.RedisTest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;

/** The stream operations on one real Redis server: every contract, and reads over several streams. */
@RedisTest
class StreamStandaloneTest {
    private final RedisServer server;

    StreamStandaloneTest(RedisServer server) {
        this.server = server;
    }

    RedisConfig config(Duration timeout) {
        return RedisConfig.builder().url(server.uri()).timeout(timeout).poolSize(1).build();
    }

    /** Reads over several streams in one command: on one server, any keys. */
    @Nested
    class MultiStream {
        private RedWeave redweave;
        private StreamOperations streams;

        @BeforeEach
        void open() {
            server.flushAll();
            redweave = RedWeave.builder().config(RedisConfig.builder().url(server.uri()).build()).build();
            streams = StreamOperationsContract.streams(redweave);
        }

        @AfterEach
        void close() {
            redweave.close();
        }

        @Test
        void xread_severalStreams_readsEachFromItsOffset_inOneCommand() {
            StreamId eu = streams.xadd("orders:eu", Map.of("order", StreamOperationsContract.A1));
            streams.xadd("orders:us", Map.of("order", StreamOperationsContract.B2));
            Map<String, StreamOffset> offsets = new LinkedHashMap<>();
            offsets.put("orders:eu", StreamOffset.after(eu));
            offsets.put("orders:us", StreamOffset.beginning());
            offsets.put("orders:asia", StreamOffset.beginning());

            Map<String, List<StreamEntry<Order>>> read = streams.xread(offsets, StreamReadOptions.defaults(),
                    Order.class);

            assertThat(read).containsOnlyKeys("orders:us");
            assertThat(read.get("orders:us")).extracting(entry -> entry.value("order").orElseThrow())
                    .containsExactly(StreamOperationsContract.B2);
        }

        @Test
        void xreadGroup_severalStreams_deliversFromEach_withTypeRefValues() {
            streams.xgroupCreate("orders:eu", "billing", StreamOffset.beginning());
            streams.xgroupCreate("orders:us", "billing", StreamOffset.beginning());
            streams.xadd("orders:eu", Map.of("orders", List.of(StreamOperationsContract.A1)));
            streams.xadd("orders:us", Map.of("orders", List.of(StreamOperationsContract.B2)));
            Map<String, StreamOffset> offsets = new LinkedHashMap<>();
            offsets.put("orders:eu", StreamOffset.undelivered());
            offsets.put("orders:us", StreamOffset.undelivered());

            Map<String, List<StreamEntry<List<Order>>>> read = streams.xreadGroup("billing", "A", offsets,
                    StreamReadOptions.defaults(), StreamOperationsContract.ORDERS);

            assertThat(read).containsOnlyKeys("orders:eu", "orders:us");
            assertThat(read.get("orders:us").get(0).value("orders")).contains(List.of(StreamOperationsContract.B2));
            assertThat(streams.xreadGroup("billing", "A", offsets, StreamReadOptions.defaults(), Order.class))
                    .isEmpty();
        }
    }

    @Nested
    class Operations extends StreamOperationsContract {
        @Override
        RedisConfig config() {
            return RedisConfig.builder().url(server.uri()).build();
        }

        @Override
        void flushAll() {
            server.flushAll();
        }
    }

    @Nested
    class Groups extends StreamGroupsContract {
        @Override
        RedisConfig config() {
            return RedisConfig.builder().url(server.uri()).build();
        }

        @Override
        void flushAll() {
            server.flushAll();
        }
    }

    @Nested
    class Blocking extends StreamBlockingContract {
        @Override
        RedisConfig config(Duration socketTimeout) {
            return StreamStandaloneTest.this.config(socketTimeout);
        }

        @Override
        void flushAll() {
            server.flushAll();
        }

        @Override
        String clientLists() {
            try (Jedis jedis = new Jedis(server.host(), server.port())) {
                return jedis.clientList();
            }
        }
    }
}
