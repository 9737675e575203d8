package io.redweave.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redweave.RedWeave;
import io.redweave.RedisConfig;
import io.redweave.RedisOperationException;
import io.redweave.ops.StreamOperationsContract.Order;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Consumer groups against a real Redis: create, read, pending, claim, acknowledge, destroy. Run on one server by
 * {@link StreamStandaloneTest} and on a cluster by {@link StreamClusterTest}.
 */
abstract class StreamGroupsContract {
    static final Order A1 = StreamOperationsContract.A1;
    static final Order B2 = StreamOperationsContract.B2;
    static final StreamReadOptions NOW = StreamReadOptions.defaults();

    RedWeave redweave;
    StreamOperations streams;

    /** The configuration of the server or cluster under test. */
    abstract RedisConfig config();

    /** Deletes every key of the server or cluster under test. */
    abstract void flushAll();

    @BeforeEach
    void open() {
        flushAll();
        redweave = RedWeave.builder().config(config()).build();
        streams = StreamOperationsContract.streams(redweave);
    }

    @AfterEach
    void close() {
        redweave.close();
    }

    @Test
    void consumerGroupRoundTrip_pendingEntryOfA_isClaimedByB_andAcknowledged() {
        streams.xgroupCreate("orders", "billing", StreamOffset.latest());
        StreamId id = streams.xadd("orders", Map.of("order", A1));

        // Consumer A receives the entry and does not acknowledge it: it is pending, held by A.
        List<StreamEntry<Order>> readByA = streams.xreadGroup("billing", "A", "orders", StreamOffset.undelivered(),
                NOW.count(10), Order.class);
        assertThat(readByA).extracting(StreamEntry::id).containsExactly(id);
        PendingSummary summary = streams.xpending("orders", "billing");
        assertThat(summary.count()).isEqualTo(1);
        assertThat(summary.lowestId()).contains(id);
        assertThat(summary.highestId()).contains(id);
        assertThat(summary.consumers()).containsExactly(Map.entry("A", 1L));
        List<PendingEntry> pending = streams.xpending("orders", "billing", PendingQuery.first(10));
        assertThat(pending).singleElement().satisfies(entry -> {
            assertThat(entry.id()).isEqualTo(id);
            assertThat(entry.consumer()).isEqualTo("A");
            assertThat(entry.deliveries()).isEqualTo(1);
        });

        // Once it has been idle 100 ms, consumer B claims it, with its value, and acknowledges it.
        AtomicReference<ClaimResult<Order>> claim = new AtomicReference<>();
        Awaitility.await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(20)).until(() -> {
            claim.set(streams.xautoclaim("orders", "billing", "B", Duration.ofMillis(100), StreamId.MIN, 10,
                    Order.class));
            return !claim.get().claimed().isEmpty();
        });
        assertThat(claim.get().claimed()).singleElement().satisfies(entry -> {
            assertThat(entry.id()).isEqualTo(id);
            assertThat(entry.value("order")).contains(A1);
        });
        assertThat(claim.get().complete()).isTrue();
        assertThat(streams.xpending("orders", "billing").consumers()).containsExactly(Map.entry("B", 1L));
        assertThat(streams.xack("orders", "billing", id)).isEqualTo(1);

        PendingSummary after = streams.xpending("orders", "billing");
        assertThat(after.count()).isZero();
        assertThat(after.lowestId()).isEmpty();
        assertThat(after.consumers()).isEmpty();
        assertThat(streams.xpending("orders", "billing", PendingQuery.first(10))).isEmpty();
    }

    @Test
    void xgroupCreate_ofAnExistingGroup_isFalse_andLeavesItAsItWas() {
        assertThat(streams.xgroupCreate("orders", "billing", StreamOffset.beginning())).isTrue();
        streams.xadd("orders", Map.of("order", A1));
        streams.xreadGroup("billing", "A", "orders", StreamOffset.undelivered(), NOW, Order.class);

        assertThat(streams.xgroupCreate("orders", "billing", StreamOffset.beginning())).isFalse();
        assertThat(streams.xpending("orders", "billing").count()).isEqualTo(1);
    }

    @Test
    void xgroupCreate_makesTheStream_unlessToldNotTo() {
        assertThat(streams.xgroupCreate("fresh", "g", StreamOffset.latest())).isTrue();
        assertThat(streams.xlen("fresh")).isZero();

        assertThatThrownBy(() -> streams.xgroupCreate("missing", "g", StreamOffset.latest(), false))
                .isInstanceOf(RedisOperationException.class).hasMessageContaining("XGROUP CREATE")
                .hasMessageContaining("'missing'").hasMessageContaining("MKSTREAM");
        assertThatThrownBy(() -> streams.xgroupCreate("fresh", "g2", StreamOffset.undelivered()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'>'");
    }

    @Test
    void xreadGroup_fromBeginning_deliversHistory_andEachEntryOnlyOnceToTheGroup() {
        streams.xadd("orders", Map.of("order", A1));
        streams.xadd("orders", Map.of("order", B2));
        streams.xgroupCreate("orders", "billing", StreamOffset.beginning());

        List<StreamEntry<Order>> a = streams.xreadGroup("billing", "A", "orders", StreamOffset.undelivered(),
                NOW.count(1), Order.class);
        List<StreamEntry<Order>> b = streams.xreadGroup("billing", "B", "orders", StreamOffset.undelivered(),
                NOW.count(5), Order.class);
        List<StreamEntry<Order>> none = streams.xreadGroup("billing", "C", "orders", StreamOffset.undelivered(),
                NOW, Order.class);

        assertThat(a).extracting(entry -> entry.value("order").orElseThrow()).containsExactly(A1);
        assertThat(b).extracting(entry -> entry.value("order").orElseThrow()).containsExactly(B2);
        assertThat(none).isEmpty();
    }

    @Test
    void xreadGroup_fromAnId_rereadsTheConsumersOwnPendingEntries() {
        streams.xgroupCreate("orders", "billing", StreamOffset.latest());
        StreamId first = streams.xadd("orders", Map.of("order", A1));
        StreamId second = streams.xadd("orders", Map.of("order", B2));
        streams.xreadGroup("billing", "A", "orders", StreamOffset.undelivered(), NOW, Order.class);
        streams.xack("orders", "billing", List.of(first));

        List<StreamEntry<Order>> history = streams.xreadGroup("billing", "A", "orders", StreamOffset.beginning(),
                NOW, Order.class);

        assertThat(history).extracting(StreamEntry::id).containsExactly(second);
        assertThat(streams.xreadGroup("billing", "B", "orders", StreamOffset.beginning(), NOW, Order.class))
                .isEmpty();
    }

    @Test
    void xreadGroup_withNoAck_leavesNothingPending() {
        streams.xgroupCreate("orders", "audit", StreamOffset.latest());
        streams.xadd("orders", Map.of("order", A1));

        List<StreamEntry<Order>> read = streams.xreadGroup("audit", "A", "orders", StreamOffset.undelivered(),
                NOW.noAck(true), Order.class);

        assertThat(read).hasSize(1);
        assertThat(streams.xpending("orders", "audit").count()).isZero();
    }

    @Test
    void xpending_query_filtersByConsumerRangeAndIdleTime() {
        streams.xgroupCreate("orders", "billing", StreamOffset.latest());
        StreamId first = streams.xadd("orders", Map.of("order", A1));
        StreamId second = streams.xadd("orders", Map.of("order", B2));
        streams.xreadGroup("billing", "A", "orders", StreamOffset.undelivered(), NOW.count(1), Order.class);
        streams.xreadGroup("billing", "B", "orders", StreamOffset.undelivered(), NOW.count(1), Order.class);

        assertThat(streams.xpending("orders", "billing", PendingQuery.first(10).consumer("B")))
                .extracting(PendingEntry::id).containsExactly(second);
        assertThat(streams.xpending("orders", "billing", PendingQuery.first(1)))
                .extracting(PendingEntry::id).containsExactly(first);
        assertThat(streams.xpending("orders", "billing", PendingQuery.first(10).between(second, StreamId.MAX)))
                .extracting(PendingEntry::consumer).containsExactly("B");
        assertThat(streams.xpending("orders", "billing", PendingQuery.first(10).minIdle(Duration.ofHours(1))))
                .isEmpty();
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> streams.xpending("orders", "billing",
                PendingQuery.first(10).minIdle(Duration.ofMillis(50))).size() == 2);
    }

    @Test
    void xautoclaim_reportsEntriesDeletedWhilePending_andPagesWithNext() {
        streams.xgroupCreate("orders", "billing", StreamOffset.latest());
        StreamId gone = streams.xadd("orders", Map.of("order", A1));
        StreamId kept = streams.xadd("orders", Map.of("order", B2));
        streams.xreadGroup("billing", "A", "orders", StreamOffset.undelivered(), NOW, Order.class);
        streams.xdel("orders", gone);

        ClaimResult<Order> firstPage = streams.xautoclaim("orders", "billing", "B", Duration.ZERO, StreamId.MIN, 1,
                Order.class);
        ClaimResult<Order> rest = firstPage.complete() ? firstPage
                : streams.xautoclaim("orders", "billing", "B", Duration.ZERO, firstPage.next(), 10, Order.class);

        if (redisMajorVersion() >= 7) {
            assertThat(firstPage.deleted()).containsExactly(gone);
        } else {
            assertThat(firstPage.deleted()).isEmpty(); // Redis 6.2 answers a nil, without the id
        }
        assertThat(firstPage.claimed()).isEmpty();
        assertThat(rest.claimed()).extracting(StreamEntry::id).containsExactly(kept);
        assertThat(rest.complete()).isTrue();
    }

    private int redisMajorVersion() {
        String version = redweave.health().serverVersion();
        return Integer.parseInt(version.substring(0, version.indexOf('.')));
    }

    @Test
    void xgroupDelConsumer_returnsItsPendingCount_andDestroyRemovesTheGroup() {
        streams.xgroupCreate("orders", "billing", StreamOffset.latest());
        streams.xadd("orders", Map.of("order", A1));
        streams.xreadGroup("billing", "A", "orders", StreamOffset.undelivered(), NOW, Order.class);

        assertThat(streams.xgroupDelConsumer("orders", "billing", "A")).isEqualTo(1);
        assertThat(streams.xgroupDelConsumer("orders", "billing", "nobody")).isZero();
        assertThat(streams.xpending("orders", "billing").count()).isZero();
        assertThat(streams.xgroupDestroy("orders", "billing")).isTrue();
        assertThat(streams.xgroupDestroy("orders", "billing")).isFalse();
        assertThatThrownBy(() -> streams.xpending("orders", "billing"))
                .isInstanceOf(RedisOperationException.class).hasMessageContaining("NOGROUP");
    }

    @Test
    void xack_ofNoIds_sendsNothing_andUnknownIdsCountZero() {
        streams.xgroupCreate("orders", "billing", StreamOffset.latest());

        assertThat(streams.xack("orders", "billing")).isZero();
        assertThat(streams.xack("orders", "billing", List.of())).isZero();
        assertThat(streams.xack("orders", "billing", StreamId.of(1, 0))).isZero();
    }

    @Test
    void groupArguments_areCheckedBeforeAnythingIsSent() {
        assertThatThrownBy(() -> streams.xreadGroup("", "A", "orders", StreamOffset.undelivered(), NOW,
                Order.class)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("group ''");
        assertThatThrownBy(() -> streams.xreadGroup("g", null, "orders", StreamOffset.undelivered(), NOW,
                Order.class)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("consumer null");
        assertThatThrownBy(() -> streams.xreadGroup("g", "A", "orders", StreamOffset.latest(), NOW, Order.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("undelivered()");
        assertThatThrownBy(() -> streams.xautoclaim("orders", "g", "B", Duration.ofMillis(-1), StreamId.MIN, 10,
                Order.class)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minIdle");
        assertThatThrownBy(() -> streams.xautoclaim("orders", "g", "B", Duration.ZERO, StreamId.MIN, 0,
                Order.class)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("count 0");
    }
}
