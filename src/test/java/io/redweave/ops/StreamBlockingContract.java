package io.redweave.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.redweave.RedWeave;
import io.redweave.RedisConfig;
import io.redweave.ops.StreamOperationsContract.Order;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Blocking reads ({@code XREAD BLOCK}, {@code XREADGROUP BLOCK}) against a real Redis, with a 300 ms socket timeout
 * and a pool of one connection: a block longer than the timeout is not cut off, and other commands do not wait
 * behind it. Run on one server by {@link StreamStandaloneTest} and on a cluster by {@link StreamClusterTest}.
 */
abstract class StreamBlockingContract {
    static final Duration SOCKET_TIMEOUT = Duration.ofMillis(300);
    static final Order A1 = StreamOperationsContract.A1;

    RedWeave redweave;
    StreamOperations streams;

    /** A configuration of the server or cluster under test with this socket timeout and a pool of one. */
    abstract RedisConfig config(Duration socketTimeout);

    /** Deletes every key of the server or cluster under test. */
    abstract void flushAll();

    /** The {@code CLIENT LIST} of every master, joined. */
    abstract String clientLists();

    @BeforeEach
    void open() {
        flushAll();
        redweave = RedWeave.builder().config(config(SOCKET_TIMEOUT)).build();
        streams = StreamOperationsContract.streams(redweave);
    }

    @AfterEach
    void close() {
        redweave.close();
    }

    @Test
    @Timeout(20)
    void seedDefect11_xreadBlockLongerThanTheSocketTimeout_isNotCutOff_andReceivesAnEntryAddedMeanwhile()
            throws Exception {
        CompletableFuture<List<StreamEntry<Order>>> read = CompletableFuture.supplyAsync(() -> streams.xread(
                "orders", StreamOffset.latest(), StreamReadOptions.defaults().block(Duration.ofSeconds(2)),
                Order.class));
        awaitBlocked("xread");

        // Twice the socket timeout later the read is still waiting, not failed with a read timeout.
        Awaitility.await().during(Duration.ofMillis(600)).atMost(Duration.ofMillis(1_000))
                .until(() -> !read.isDone());
        streams.xadd("orders", Map.of("order", A1));

        assertThat(read.get(5, TimeUnit.SECONDS)).extracting(entry -> entry.value("order").orElseThrow())
                .containsExactly(A1);
    }

    @Test
    @Timeout(20)
    void seedDefect12_blockingXread_doesNotDelayOtherCommands() throws Exception {
        CompletableFuture<List<StreamEntry<Order>>> read = CompletableFuture.supplyAsync(() -> streams.xread(
                "orders", StreamOffset.latest(), StreamReadOptions.defaults().block(Duration.ofSeconds(5)),
                Order.class));
        awaitBlocked("xread");

        // The pool has a single connection and a 300 ms timeout; normal commands still flow at once.
        long start = System.nanoTime();
        for (int i = 0; i < 50; i++) {
            streams.xadd("other", Map.of("n", i));
            streams.xlen("other");
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        assertThat(read).isNotDone();

        streams.xadd("orders", Map.of("order", A1));
        assertThat(read.get(5, TimeUnit.SECONDS)).hasSize(1);
    }

    @Test
    @Timeout(20)
    void xreadGroupBlock_isNotCutOff_andReceivesAnEntryAddedMeanwhile() throws Exception {
        streams.xgroupCreate("orders", "billing", StreamOffset.latest());
        CompletableFuture<List<StreamEntry<Order>>> read = CompletableFuture.supplyAsync(() -> streams.xreadGroup(
                "billing", "A", "orders", StreamOffset.undelivered(),
                StreamReadOptions.defaults().count(1).block(Duration.ofSeconds(2)), Order.class));
        awaitBlocked("xreadgroup");

        Awaitility.await().during(Duration.ofMillis(600)).atMost(Duration.ofMillis(1_000))
                .until(() -> !read.isDone());
        StreamId id = streams.xadd("orders", Map.of("order", A1));

        assertThat(read.get(5, TimeUnit.SECONDS)).extracting(StreamEntry::id).containsExactly(id);
        assertThat(streams.xpending("orders", "billing").consumers()).containsExactly(Map.entry("A", 1L));
    }

    @Test
    @Timeout(20)
    void xreadBlockZero_waitsWithoutLimit_untilAnEntryArrives() throws Exception {
        CompletableFuture<List<StreamEntry<Order>>> read = CompletableFuture.supplyAsync(() -> streams.xread(
                "orders", StreamOffset.latest(), StreamReadOptions.defaults().block(Duration.ZERO), Order.class));
        awaitBlocked("xread");

        Awaitility.await().during(Duration.ofMillis(700)).atMost(Duration.ofMillis(1_200))
                .until(() -> !read.isDone());
        streams.xadd("orders", Map.of("order", A1));

        assertThat(read.get(5, TimeUnit.SECONDS)).hasSize(1);
    }

    @Test
    @Timeout(20)
    void blockingReads_thatTimeOut_returnEmpty_afterTheBlockTime() {
        streams.xgroupCreate("orders", "billing", StreamOffset.latest());
        StreamReadOptions briefly = StreamReadOptions.defaults().block(Duration.ofMillis(400));

        long start = System.nanoTime();
        List<StreamEntry<Order>> plain = streams.xread("orders", StreamOffset.latest(), briefly, Order.class);
        List<StreamEntry<Order>> group = streams.xreadGroup("billing", "A", "orders", StreamOffset.undelivered(),
                briefly, Order.class);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

        assertThat(plain).isEmpty();
        assertThat(group).isEmpty();
        assertThat(elapsed).isGreaterThanOrEqualTo(Duration.ofMillis(750)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    @Timeout(20)
    void blockingRead_ofAvailableEntries_returnsAtOnce() {
        streams.xadd("orders", Map.of("order", A1));

        long start = System.nanoTime();
        List<StreamEntry<Order>> read = streams.xread("orders", StreamOffset.beginning(),
                StreamReadOptions.defaults().block(Duration.ofSeconds(10)), Order.class);

        assertThat(read).hasSize(1);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    private void awaitBlocked(String command) {
        Awaitility.await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(20))
                .until(() -> clientLists().lines()
                        .anyMatch(client -> client.contains(" flags=b ") && client.contains(" cmd=" + command + " ")));
    }
}
