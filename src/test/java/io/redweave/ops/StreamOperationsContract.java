package io.redweave.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redweave.RedWeave;
import io.redweave.RedisConfig;
import io.redweave.RedisOperationException;
import io.redweave.codec.TypeRef;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.UnifiedJedis;

/**
 * Every stream write and read against a real Redis; {@link StreamStandaloneTest} runs it on one server and
 * {@link StreamClusterTest} on a 3-master cluster. Consumer groups and blocking reads have their own contracts.
 */
abstract class StreamOperationsContract {

    record Order(String id, int quantity, BigDecimal price, Instant placedAt) {
    }

    static final Order A1 = new Order("A-1", 2, new BigDecimal("49.90"), Instant.parse("2024-01-01T10:00:00Z"));
    static final Order B2 = new Order("B-2", 1, new BigDecimal("9.50"), null);
    static final TypeRef<List<Order>> ORDERS = new TypeRef<>() {
    };

    RedWeave redweave;
    StreamOperations streams;
    UnifiedJedis client;

    /** The configuration of the server or cluster under test. */
    abstract RedisConfig config();

    /** Deletes every key of the server or cluster under test. */
    abstract void flushAll();

    /** The stream operations of a RedWeave instance: the one place that says how a test obtains them. */
    static StreamOperations streams(RedWeave redweave) {
        return redweave.streams();
    }

    @BeforeEach
    void open() {
        flushAll();
        redweave = RedWeave.builder().config(config()).build();
        streams = streams(redweave);
        client = redweave.client();
    }

    @AfterEach
    void close() {
        redweave.close();
    }

    @Test
    void seedDefect17_xrange_decodesRecordValues() {
        StreamId first = streams.xadd("orders", Map.of("order", A1));
        StreamId second = streams.xadd("orders", Map.of("order", B2));

        List<StreamEntry<Order>> entries = streams.xrange("orders", StreamRange.all(), Order.class);

        assertThat(entries).extracting(StreamEntry::id).containsExactly(first, second);
        assertThat(entries).extracting(entry -> entry.value("order").orElseThrow()).containsExactly(A1, B2);
        assertThat(entries).noneMatch(StreamEntry::isMalformed);
    }

    @Test
    void xadd_keepsFieldOrder_andStringsStayStrings() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("zeta", "123");
        fields.put("alpha", "true");
        fields.put("mid", "null");
        streams.xadd("events", fields);

        StreamEntry<String> entry = streams.xrange("events", StreamRange.all(), String.class).get(0);

        assertThat(entry.fields()).containsExactly(Map.entry("zeta", "123"), Map.entry("alpha", "true"),
                Map.entry("mid", "null"));
    }

    @Test
    void xrange_genericValues_roundTripWithTypeRef() {
        streams.xadd("batches", Map.of("orders", List.of(A1, B2)));

        List<StreamEntry<List<Order>>> entries = streams.xrange("batches", StreamRange.all(), ORDERS);

        assertThat(entries.get(0).value("orders")).contains(List.of(A1, B2));
        assertThat(streams.xrevrange("batches", StreamRange.all(), ORDERS).get(0).value("orders"))
                .contains(List.of(A1, B2));
    }

    @Test
    void xrange_objectType_decodesMixedValuesToJsonShapes() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("count", 42);
        fields.put("name", "gate");
        streams.xadd("mixed", fields);

        StreamEntry<Object> entry = streams.xrange("mixed", StreamRange.all(), Object.class).get(0);

        assertThat(entry.fields()).containsExactly(Map.entry("count", 42), Map.entry("name", "gate"));
    }

    @Test
    void xrange_boundsAndLimit_pageThroughTheStream() {
        List<StreamId> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(streams.xadd("pages", Map.of("n", i)));
        }

        List<StreamEntry<Integer>> firstPage = streams.xrange("pages", StreamRange.all().limit(2), Integer.class);
        StreamId last = firstPage.get(firstPage.size() - 1).id();
        List<StreamEntry<Integer>> secondPage = streams.xrange("pages", StreamRange.from(last.next()).limit(2),
                Integer.class);
        List<StreamEntry<Integer>> middle = streams.xrange("pages", StreamRange.between(ids.get(1), ids.get(3)),
                Integer.class);

        assertThat(firstPage).extracting(StreamEntry::id).containsExactly(ids.get(0), ids.get(1));
        assertThat(secondPage).extracting(StreamEntry::id).containsExactly(ids.get(2), ids.get(3));
        assertThat(middle).extracting(entry -> entry.value("n").orElseThrow()).containsExactly(1, 2, 3);
        assertThat(streams.xrange("pages", StreamRange.until(ids.get(1)), Integer.class)).hasSize(2);
    }

    @Test
    void xrevrange_returnsNewestFirst_withinTheRangeAndLimit() {
        List<StreamId> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ids.add(streams.xadd("rev", Map.of("n", i)));
        }

        assertThat(streams.xrevrange("rev", StreamRange.all().limit(2), Integer.class))
                .extracting(StreamEntry::id).containsExactly(ids.get(3), ids.get(2));
        assertThat(streams.xrevrange("rev", StreamRange.between(ids.get(0), ids.get(1)), Integer.class))
                .extracting(StreamEntry::id).containsExactly(ids.get(1), ids.get(0));
    }

    @Test
    void xrange_missingStream_isEmpty() {
        assertThat(streams.xrange("nothing", StreamRange.all(), Order.class)).isEmpty();
        assertThat(streams.xrevrange("nothing", StreamRange.all(), Order.class)).isEmpty();
        assertThat(streams.xlen("nothing")).isZero();
    }

    @Test
    void xadd_explicitId_isUsed_andAnIdNotAboveTheLastIsARedisError() {
        StreamId id = streams.xadd("explicit", StreamId.of(1_000, 5), Map.of("n", 1));

        assertThat(id).isEqualTo(StreamId.of(1_000, 5));
        assertThat(streams.xadd("explicit", StreamId.of(1_000, 6), Map.of("n", 2), TrimPolicy.maxLen(1)))
                .isEqualTo(StreamId.of(1_000, 6));
        assertThat(streams.xlen("explicit")).isEqualTo(1);
        assertThatThrownBy(() -> streams.xadd("explicit", StreamId.of(1_000, 6), Map.of("n", 3)))
                .isInstanceOf(RedisOperationException.class)
                .hasMessageContaining("XADD").hasMessageContaining("'explicit'");
    }

    @Test
    void seedDefect18_xaddWithMaxLen_keepsTheStreamBounded() {
        for (int i = 0; i < 50; i++) {
            streams.xadd("bounded", Map.of("n", i), TrimPolicy.maxLen(10));
        }

        assertThat(streams.xlen("bounded")).isEqualTo(10);
        assertThat(streams.xrange("bounded", StreamRange.all(), Integer.class))
                .extracting(entry -> entry.value("n").orElseThrow()).containsExactly(40, 41, 42, 43, 44, 45, 46,
                        47, 48, 49);
    }

    @Test
    void seedDefect18_xaddWithApproximateMaxLen_keepsTheStreamNearTheBound() {
        for (int i = 0; i < 1_000; i++) {
            streams.xadd("approx", Map.of("n", i), TrimPolicy.approxMaxLen(100));
        }

        // "~" trims whole macro nodes (100 entries each by default): at least 100 remain, and never much more.
        assertThat(streams.xlen("approx")).isBetween(100L, 200L);
    }

    @Test
    void xaddWithMinId_dropsOlderEntries() {
        streams.xadd("byId", StreamId.of(1_000, 0), Map.of("n", 1));
        streams.xadd("byId", StreamId.of(2_000, 0), Map.of("n", 2));
        streams.xadd("byId", StreamId.of(3_000, 0), Map.of("n", 3), TrimPolicy.minId(StreamId.of(2_000, 0)));

        assertThat(streams.xrange("byId", StreamRange.all(), Integer.class)).extracting(StreamEntry::id)
                .containsExactly(StreamId.of(2_000, 0), StreamId.of(3_000, 0));
    }

    @Test
    void xtrim_byLengthAndById_returnsHowManyWereRemoved() {
        for (int i = 1; i <= 6; i++) {
            streams.xadd("trim", StreamId.of(i * 1_000L, 0), Map.of("n", i));
        }

        assertThat(streams.xtrim("trim", TrimPolicy.none())).isZero();
        assertThat(streams.xtrim("trim", TrimPolicy.maxLen(4))).isEqualTo(2);
        assertThat(streams.xtrim("trim", TrimPolicy.minId(StreamId.of(5_000, 0)))).isEqualTo(2);
        assertThat(streams.xtrim("trim", TrimPolicy.approxMaxLen(0))).isGreaterThanOrEqualTo(0);
        assertThat(streams.xtrim("trim", TrimPolicy.approxMinId(StreamId.at(Instant.EPOCH)))).isZero();
        assertThat(streams.xlen("trim")).isLessThanOrEqualTo(2);
    }

    @Test
    void xdel_removesEntries_andNoIdsSendsNothing() {
        StreamId first = streams.xadd("del", Map.of("n", 1));
        StreamId second = streams.xadd("del", Map.of("n", 2));

        assertThat(streams.xdel("del", first, StreamId.of(1, 1))).isEqualTo(1);
        assertThat(streams.xdel("del", List.of(second))).isEqualTo(1);
        assertThat(streams.xdel("del")).isZero();
        assertThat(streams.xdel("del", List.of())).isZero();
        assertThat(streams.xlen("del")).isZero();
    }

    @Test
    void seedDefect17_xread_decodesValues_fromAnOffset() {
        StreamId first = streams.xadd("feed", Map.of("order", A1));
        streams.xadd("feed", Map.of("order", B2));

        List<StreamEntry<Order>> all = streams.xread("feed", StreamOffset.beginning(), StreamReadOptions.defaults(),
                Order.class);
        List<StreamEntry<Order>> after = streams.xread("feed", StreamOffset.after(first),
                StreamReadOptions.defaults().count(5), Order.class);

        assertThat(all).extracting(entry -> entry.value("order").orElseThrow()).containsExactly(A1, B2);
        assertThat(after).extracting(entry -> entry.value("order").orElseThrow()).containsExactly(B2);
    }

    @Test
    void xread_countLimitsEntries_andGenericTypesDecode() {
        streams.xadd("batched", Map.of("orders", List.of(A1)));
        streams.xadd("batched", Map.of("orders", List.of(B2)));

        List<StreamEntry<List<Order>>> read = streams.xread("batched", StreamOffset.beginning(),
                StreamReadOptions.defaults().count(1), ORDERS);

        assertThat(read).hasSize(1);
        assertThat(read.get(0).value("orders")).contains(List.of(A1));
        assertThat(streams.xread(Map.of("batched", StreamOffset.beginning()), StreamReadOptions.defaults(), ORDERS))
                .containsOnlyKeys("batched");
    }

    @Test
    void xread_atTheEnd_orOfAMissingStream_isEmpty() {
        streams.xadd("quiet", Map.of("n", 1));

        assertThat(streams.xread("quiet", StreamOffset.latest(), StreamReadOptions.defaults(), Integer.class))
                .isEmpty();
        assertThat(streams.xread("absent", StreamOffset.beginning(), StreamReadOptions.defaults(), Integer.class))
                .isEmpty();
        assertThat(streams.xread(Map.of(), StreamReadOptions.defaults(), Integer.class)).isEmpty();
    }

    @Test
    void malformedValue_flagsItsEntry_withoutFailingTheReadOrHidingTheEntry() {
        StreamId good = streams.xadd("mixedQuality", Map.of("order", A1));
        StreamEntryID bad = client.xadd("mixedQuality", StreamEntryID.NEW_ENTRY, Map.of("order", "{not json"));
        StreamId after = streams.xadd("mixedQuality", Map.of("order", B2));

        List<StreamEntry<Order>> entries = streams.xrange("mixedQuality", StreamRange.all(), Order.class);

        assertThat(entries).extracting(StreamEntry::id).containsExactly(good, StreamId.parse(bad.toString()), after);
        StreamEntry<Order> flagged = entries.get(1);
        assertThat(flagged.isMalformed()).isTrue();
        assertThat(flagged.fields()).isEmpty();
        assertThatThrownBy(() -> flagged.value("order")).isInstanceOf(MalformedValueException.class)
                .hasMessageContaining("'mixedQuality'").hasMessageContaining("field 'order' of entry " + bad)
                .satisfies(e -> assertThat(((MalformedValueException) e).payload())
                        .isEqualTo("{not json".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(entries.get(2).value("order")).contains(B2);
        assertThat(streams.xread("mixedQuality", StreamOffset.after(good), StreamReadOptions.defaults(),
                Order.class)).extracting(StreamEntry::isMalformed).containsExactly(true, false);
    }

    @Test
    void emptyOrInvalidArguments_areClearErrors_beforeAnythingIsSent() {
        assertThatThrownBy(() -> streams.xadd("orders", Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one field");
        Map<String, Object> withNull = new LinkedHashMap<>();
        withNull.put("order", null);
        assertThatThrownBy(() -> streams.xadd("orders", withNull))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("field 'order'");
        assertThatThrownBy(() -> streams.xadd("", Map.of("n", 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stream key ''");
        assertThatThrownBy(() -> streams.xread("orders", StreamOffset.undelivered(), StreamReadOptions.defaults(),
                Order.class)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("consumer groups");
        assertThatThrownBy(() -> streams.xread("orders", StreamOffset.beginning(),
                StreamReadOptions.defaults().noAck(true), Order.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("noAck");
        assertThatThrownBy(() -> streams.xrange("orders", null, Order.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("StreamRange.all()");
        assertThat(streams.xlen("orders")).isZero();
    }

    @Test
    void wrongType_isARedisOperationException_namingCommandAndKey() {
        client.set("plain", "value");

        assertThatThrownBy(() -> streams.xadd("plain", Map.of("n", 1)))
                .isInstanceOf(RedisOperationException.class).hasMessageContaining("XADD")
                .hasMessageContaining("'plain'").hasMessageContaining("WRONGTYPE");
        assertThatThrownBy(() -> streams.xrange("plain", StreamRange.all(), Integer.class))
                .isInstanceOf(RedisOperationException.class).hasMessageContaining("XRANGE");
    }
}
