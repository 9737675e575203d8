package io.redweave.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.redweave.RedWeave;
import io.redweave.RedisConfig;
import io.redweave.ops.StreamOperationsContract.Order;
import io.redweave.test.RedisServer;
import io.redweave.test.RedisTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.StreamEntryID;

/**
 * The examples of {@code docs/operations/streams.md}, run against a real Redis: each block between
 * {@code // example: name} and {@code // end} is the text of the doc's block after {@code <!-- example: name -->}.
 */
@RedisTest
class StreamExamplesTest {
    private static final Order ORDER = new Order("A-1", 2, new BigDecimal("49.90"),
            Instant.parse("2024-01-01T10:00:00Z"));

    private final RedisServer server;
    private RedWeave redweave;
    private StreamOperations streams;
    private final List<Order> handled = new ArrayList<>();
    private final List<StreamId> deadLetters = new ArrayList<>();

    StreamExamplesTest(RedisServer server) {
        this.server = server;
    }

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
    void docs_showExactlyTheseExamples() {
        GeoStreamDocs.assertShowsExamplesOf("docs/operations/streams.md",
                "src/test/java/io/redweave/ops/StreamExamplesTest.java", 5);
    }

    @Test
    void addTrimAndRange() {
        Order order = ORDER;
        // example: add-range
        String key = redweave.keys().build("orders", "eu");                   // [namespace:]orders:eu
        StreamId id = streams.xadd(key, Map.of("order", order), TrimPolicy.approxMaxLen(10_000));
        List<StreamEntry<Order>> recent = streams.xrevrange(key, StreamRange.all().limit(20), Order.class);
        Order latest = recent.get(0).value("order").orElseThrow();            // decoded, not a JSON string
        // end
        assertThat(recent).extracting(StreamEntry::id).containsExactly(id);
        assertThat(latest).isEqualTo(order);
    }

    @Test
    void tailWithBlockingReads() {
        streams.xadd("orders:eu", Map.of("order", ORDER));
        List<StreamEntry<Order>> seen = new ArrayList<>();
        // example: tail
        StreamOffset from = StreamOffset.beginning();                          // or latest(): new entries only
        StreamReadOptions wait = StreamReadOptions.defaults().count(100).block(Duration.ofSeconds(5));
        for (int round = 0; round < 2; round++) {
            List<StreamEntry<Order>> batch = streams.xread("orders:eu", from, wait, Order.class);
            for (StreamEntry<Order> entry : batch) {
                seen.add(entry);
                from = StreamOffset.after(entry.id());                         // continue after the last one
            }
            streams.xadd("orders:eu", Map.of("order", ORDER));
        }
        // end
        assertThat(seen).hasSize(2);
    }

    @Test
    void consumerGroup() {
        streams.xadd("orders:eu", Map.of("order", ORDER));
        // example: group
        streams.xgroupCreate("orders:eu", "billing", StreamOffset.beginning());  // false if it already exists
        List<StreamEntry<Order>> batch = streams.xreadGroup("billing", "worker-1", "orders:eu",
                StreamOffset.undelivered(), StreamReadOptions.defaults().count(10).block(Duration.ofSeconds(5)),
                Order.class);
        for (StreamEntry<Order> entry : batch) {
            handle(entry.value("order").orElseThrow());
            streams.xack("orders:eu", "billing", entry.id());
        }
        // end
        assertThat(handled).containsExactly(ORDER);
        assertThat(streams.xpending("orders:eu", "billing").count()).isZero();
    }

    @Test
    void recoverPendingEntries() {
        streams.xgroupCreate("orders:eu", "billing", StreamOffset.latest());
        streams.xadd("orders:eu", Map.of("order", ORDER));
        streams.xreadGroup("billing", "crashed-worker", "orders:eu", StreamOffset.undelivered(),
                StreamReadOptions.defaults(), Order.class);
        // example: claim
        PendingSummary pending = streams.xpending("orders:eu", "billing");      // count, id range, per consumer
        StreamId start = StreamId.MIN;
        ClaimResult<Order> claim;
        do {
            claim = streams.xautoclaim("orders:eu", "billing", "worker-2", Duration.ZERO, start, 100,
                    Order.class);                                                // in production: minutes idle
            for (StreamEntry<Order> entry : claim.claimed()) {
                handle(entry.value("order").orElseThrow());
                streams.xack("orders:eu", "billing", entry.id());
            }
            start = claim.next();
        } while (!claim.complete());
        // end
        assertThat(pending.consumers()).containsExactly(Map.entry("crashed-worker", 1L));
        assertThat(handled).containsExactly(ORDER);
        assertThat(streams.xpending("orders:eu", "billing").count()).isZero();
    }

    @Test
    void deadLetterMalformedEntries() {
        streams.xgroupCreate("orders:eu", "billing", StreamOffset.latest());
        redweave.client().xadd("orders:eu", StreamEntryID.NEW_ENTRY, Map.of("order", "written by another app"));
        streams.xadd("orders:eu", Map.of("order", ORDER));
        // example: malformed
        for (StreamEntry<Order> entry : streams.xreadGroup("billing", "worker-1", "orders:eu",
                StreamOffset.undelivered(), StreamReadOptions.defaults(), Order.class)) {
            if (entry.isMalformed()) {
                deadLetters.add(entry.id());                // entry.malformed(): field -> exception with the bytes
            } else {
                handle(entry.value("order").orElseThrow());
            }
            streams.xack("orders:eu", "billing", entry.id());
        }
        // end
        assertThat(deadLetters).hasSize(1);
        assertThat(handled).containsExactly(ORDER);
    }

    @Test
    void severalStreamsWithAHashTag() {
        String region = "eu";
        // example: hash-tag
        Map<String, StreamOffset> offsets = new LinkedHashMap<>();
        offsets.put("{orders}:" + region, StreamOffset.beginning());            // same tag, same slot
        offsets.put("{orders}:refunds", StreamOffset.beginning());
        Map<String, List<StreamEntry<Order>>> read = streams.xread(offsets, StreamReadOptions.defaults(),
                Order.class);
        // end
        assertThat(read).isEmpty();
        assertThat(Optional.ofNullable(read.get("{orders}:eu"))).isEmpty();
    }

    private void handle(Order order) {
        handled.add(order);
    }
}
