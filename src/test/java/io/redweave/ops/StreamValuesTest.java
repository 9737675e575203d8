package io.redweave.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The stream value types: ids, offsets, ranges, read options, trim policies and queries, without Redis. */
class StreamValuesTest {

    @Test
    void streamId_parsesAndPrintsRedisIds_andOrdersByTimeThenSequence() {
        assertThat(StreamId.parse("1700000000000-3")).isEqualTo(StreamId.of(1_700_000_000_000L, 3));
        assertThat(StreamId.parse("42")).isEqualTo(StreamId.of(42, 0));
        assertThat(StreamId.of(5, 1)).hasToString("5-1");
        List<StreamId> ids = new ArrayList<>(List.of(StreamId.of(2, 0), StreamId.of(1, 9), StreamId.of(1, 10)));
        Collections.sort(ids);
        assertThat(ids).containsExactly(StreamId.of(1, 9), StreamId.of(1, 10), StreamId.of(2, 0));
        assertThat(StreamId.MIN).isLessThan(StreamId.of(0, 1));
        assertThat(StreamId.at(Instant.ofEpochMilli(1_234))).isEqualTo(StreamId.of(1_234, 0));
        assertThat(StreamId.of(1_234, 7).timestamp()).isEqualTo(Instant.ofEpochMilli(1_234));
    }

    @Test
    void streamId_next_isTheSmallestGreaterId() {
        assertThat(StreamId.of(5, 1).next()).isEqualTo(StreamId.of(5, 2));
        assertThat(StreamId.of(5, Long.MAX_VALUE).next()).isEqualTo(StreamId.of(6, 0));
        assertThatThrownBy(StreamId.MAX::next).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void streamId_rejectsWhatIsNotAnId() {
        assertThatThrownBy(() -> StreamId.parse("abc")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("stream id 'abc' is invalid");
        assertThatThrownBy(() -> StreamId.parse("1-2-3")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StreamId.parse("18446744073709551615-0"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StreamId.of(-1, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(">= 0");
        assertThatThrownBy(() -> StreamId.at(Instant.EPOCH.minusMillis(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void streamOffset_tokensAreRedisOnes() {
        assertThat(StreamOffset.beginning().token()).isEqualTo("0-0");
        assertThat(StreamOffset.after(StreamId.of(7, 1)).token()).isEqualTo("7-1");
        assertThat(StreamOffset.latest().token()).isEqualTo("$");
        assertThat(StreamOffset.latest().isLatest()).isTrue();
        assertThat(StreamOffset.undelivered().token()).isEqualTo(">");
        assertThat(StreamOffset.undelivered().isUndelivered()).isTrue();
        assertThat(new StreamOffset("12")).isEqualTo(StreamOffset.after(StreamId.of(12, 0)));
        assertThatThrownBy(() -> new StreamOffset("+")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void streamRange_factoriesAndLimit() {
        assertThat(StreamRange.all()).isEqualTo(new StreamRange(StreamId.MIN, StreamId.MAX, OptionalInt.empty()));
        assertThat(StreamRange.from(StreamId.of(3, 0)).end()).isEqualTo(StreamId.MAX);
        assertThat(StreamRange.until(StreamId.of(3, 0)).start()).isEqualTo(StreamId.MIN);
        assertThat(StreamRange.all().limit(5).limit()).hasValue(5);
        assertThatThrownBy(() -> StreamRange.all().limit(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("limit 0");
    }

    @Test
    void streamReadOptions_blockMillis_neverTurnsAShortBlockIntoNoLimit() {
        assertThat(StreamReadOptions.defaults().blockMillis()).isEmpty();
        assertThat(StreamReadOptions.defaults().block(Duration.ZERO).blockMillis()).hasValue(0);
        assertThat(StreamReadOptions.defaults().block(Duration.ofNanos(1)).blockMillis()).hasValue(1);
        assertThat(StreamReadOptions.defaults().block(Duration.ofMillis(1_500)).blockMillis()).hasValue(1_500);
        assertThat(StreamReadOptions.defaults().block(Duration.ofNanos(1_500_001)).blockMillis()).hasValue(2);
        StreamReadOptions all = StreamReadOptions.defaults().count(3).block(Duration.ofSeconds(1)).noAck(true);
        assertThat(all.count()).hasValue(3);
        assertThat(all.block()).contains(Duration.ofSeconds(1));
        assertThat(all.noAck()).isTrue();
    }

    @Test
    void streamReadOptions_rejectsInvalidValues() {
        assertThatThrownBy(() -> StreamReadOptions.defaults().count(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("count 0");
        assertThatThrownBy(() -> StreamReadOptions.defaults().block(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("block");
        assertThatThrownBy(() -> StreamReadOptions.defaults().block(Duration.ofDays(30)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2147483647 ms");
        assertThatThrownBy(() -> StreamReadOptions.defaults().block(null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void trimPolicy_factoriesAndValidation() {
        assertThat(TrimPolicy.maxLen(10)).isEqualTo(new TrimPolicy.MaxLen(10, false));
        assertThat(TrimPolicy.approxMaxLen(10)).isEqualTo(new TrimPolicy.MaxLen(10, true));
        assertThat(TrimPolicy.minId(StreamId.of(1, 0))).isEqualTo(new TrimPolicy.MinId(StreamId.of(1, 0), false));
        assertThat(TrimPolicy.approxMinId(StreamId.of(1, 0))).isEqualTo(new TrimPolicy.MinId(StreamId.of(1, 0),
                true));
        assertThat(TrimPolicy.none()).isInstanceOf(TrimPolicy.None.class);
        assertThatThrownBy(() -> TrimPolicy.maxLen(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxLen -1");
        assertThatThrownBy(() -> TrimPolicy.minId(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pendingQuery_builds_andValidates() {
        PendingQuery query = PendingQuery.first(5).consumer("A").minIdle(Duration.ofSeconds(1))
                .between(StreamId.of(1, 0), StreamId.of(9, 0));

        assertThat(query).isEqualTo(new PendingQuery(StreamId.of(1, 0), StreamId.of(9, 0), 5, Optional.of("A"),
                Optional.of(Duration.ofSeconds(1))));
        assertThatThrownBy(() -> PendingQuery.first(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PendingQuery.first(1).minIdle(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void streamEntry_keepsFieldOrder_isUnmodifiable_andRethrowsMalformedFields() {
        Map<String, Integer> fields = new LinkedHashMap<>();
        fields.put("b", 2);
        fields.put("a", 1);
        MalformedValueException problem = new MalformedValueException("s", "field 'c' of entry 1-0", "not JSON",
                new byte[] {'x'}, false);
        StreamEntry<Integer> entry = new StreamEntry<>(StreamId.of(1, 0), fields, Map.of("c", problem));

        assertThat(entry.fields().keySet()).containsExactly("b", "a");
        assertThat(entry.value("a")).contains(1);
        assertThat(entry.value("z")).isEmpty();
        assertThat(entry.isMalformed()).isTrue();
        assertThatThrownBy(() -> entry.value("c")).isSameAs(problem);
        assertThatThrownBy(() -> entry.fields().put("d", 4)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(new StreamEntry<>(StreamId.MIN, Map.of("a", 1)).isMalformed()).isFalse();
    }

    @Test
    void claimResult_isCompleteWhenNextIsZero() {
        assertThat(new ClaimResult<String>(StreamId.MIN, List.of(), List.of()).complete()).isTrue();
        assertThat(new ClaimResult<String>(StreamId.of(5, 0), List.of(), List.of()).complete()).isFalse();
    }
}
