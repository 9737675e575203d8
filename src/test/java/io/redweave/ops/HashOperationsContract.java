package io.redweave.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redweave.RedWeave;
import io.redweave.RedisConfig;
import io.redweave.RedisOperationException;
import io.redweave.codec.TypeRef;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.UnifiedJedis;

/**
 * Every hash operation against a real Redis; {@link HashStandaloneTest} runs it on one server and
 * {@link HashClusterTest} on a 3-master cluster.
 */
abstract class HashOperationsContract {

    record Seat(String row, int number, BigDecimal price, Instant heldUntil) {
    }

    static final TypeRef<List<Seat>> SEATS = new TypeRef<>() {
    };
    static final Seat A1 = new Seat("A", 1, new BigDecimal("49.90"), Instant.parse("2024-01-01T10:00:00Z"));
    static final Seat A2 = new Seat("A", 2, new BigDecimal("59.90"), null);

    RedWeave redweave;
    HashOperations hashes;
    UnifiedJedis client;

    /** The configuration of the server or cluster under test. */
    abstract RedisConfig config();

    /** Deletes every key of the server or cluster under test. */
    abstract void flushAll();

    /** The hash operations of a RedWeave instance: the one place that says how a test obtains them. */
    static HashOperations hashes(RedWeave redweave) {
        return redweave.hashes();
    }

    @BeforeEach
    void open() {
        flushAll();
        redweave = RedWeave.builder().config(config()).build();
        hashes = hashes(redweave);
        client = redweave.client();
    }

    @AfterEach
    void close() {
        redweave.close();
    }

    @Test
    void hset_newField_isTrue_andReplacingIt_isFalse() {
        assertThat(hashes.hset("event:1", "name", "Concert")).isTrue();
        assertThat(hashes.hset("event:1", "name", "Opera")).isFalse();

        assertThat(hashes.hget("event:1", "name", String.class)).contains("Opera");
    }

    @Test
    void hget_record_roundTrips() {
        hashes.hset("venue:1", "best", A1);

        assertThat(hashes.hget("venue:1", "best", Seat.class)).contains(A1);
    }

    @Test
    void hget_genericList_roundTripsWithTypeRef() {
        hashes.hset("venue:1", "row-a", List.of(A1, A2));

        assertThat(hashes.hget("venue:1", "row-a", SEATS)).contains(List.of(A1, A2));
    }

    @Test
    void hget_missingFieldOrHash_isEmpty() {
        hashes.hset("event:1", "name", "Concert");

        assertThat(hashes.hget("event:1", "venue", String.class)).isEmpty();
        assertThat(hashes.hget("event:404", "name", String.class)).isEmpty();
    }

    @Test
    void hmset_setsEveryFieldInOneCommand_andCountsTheNewOnes() {
        hashes.hset("event:1", "name", "Concert");
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", "Opera");
        fields.put("capacity", 1200);
        fields.put("seat", A1);

        assertThat(hashes.hmset("event:1", fields)).isEqualTo(2);

        assertThat(hashes.hget("event:1", "name", String.class)).contains("Opera");
        assertThat(hashes.hget("event:1", "capacity", Integer.class)).contains(1200);
        assertThat(hashes.hget("event:1", "seat", Seat.class)).contains(A1);
    }

    @Test
    void hmget_keepsTheOrderOfTheFields_withMissingOnesEmpty() {
        hashes.hmset("event:1", Map.of("a", 1, "c", 3));

        assertThat(hashes.hmget("event:1", List.of("c", "b", "a"), Integer.class))
                .containsExactly(Optional.of(3), Optional.empty(), Optional.of(1));
        assertThat(hashes.hmget("event:1", List.of("a"), new TypeRef<Long>() {
        })).containsExactly(Optional.of(1L));
    }

    @Test
    void hgetall_returnsEveryFieldDecoded() {
        hashes.hset("venue:1", "a1", A1);
        hashes.hset("venue:1", "a2", A2);

        assertThat(hashes.hgetall("venue:1", Seat.class)).containsOnly(Map.entry("a1", A1), Map.entry("a2", A2));
        assertThat(hashes.hgetall("venue:1", new TypeRef<Map<String, Object>>() {
        }).get("a1")).containsEntry("row", "A").containsEntry("number", 1);
    }

    @Test
    void hgetall_missingHash_isAnEmptyMap_notNull() {
        assertThat(hashes.hgetall("event:404", String.class)).isNotNull().isEmpty();
    }

    @Test
    void hvals_hkeys_hlen_describeTheHash() {
        hashes.hmset("event:1", Map.of("x", 1, "y", 2));

        assertThat(hashes.hvals("event:1", Integer.class)).containsExactlyInAnyOrder(1, 2);
        assertThat(hashes.hvals("event:1", new TypeRef<Integer>() {
        })).containsExactlyInAnyOrder(1, 2);
        assertThat(hashes.hkeys("event:1")).containsExactlyInAnyOrder("x", "y");
        assertThat(hashes.hlen("event:1")).isEqualTo(2);
        assertThat(hashes.hvals("event:404", Integer.class)).isEmpty();
        assertThat(hashes.hkeys("event:404")).isEmpty();
        assertThat(hashes.hlen("event:404")).isZero();
    }

    @Test
    void hincrby_createsTheFieldAtZero_andReadsBackAsANumber() {
        assertThat(hashes.hincrby("stats:1", "views", 5)).isEqualTo(5);
        assertThat(hashes.hincrby("stats:1", "views", -2)).isEqualTo(3);

        assertThat(hashes.hget("stats:1", "views", Long.class)).contains(3L);
    }

    @Test
    void hincrbyfloat_returnsTheNewValueAsADouble() {
        hashes.hset("stats:1", "revenue", 10.5);

        assertThat(hashes.hincrbyfloat("stats:1", "revenue", 0.25)).isEqualTo(10.75);
        assertThat(hashes.hget("stats:1", "revenue", Double.class)).contains(10.75);
        assertThatThrownBy(() -> hashes.hincrbyfloat("stats:1", "revenue", Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NaN");
    }

    @Test
    void hincrby_onAStringField_isAnOperationExceptionNamingCommandAndKey() {
        hashes.hset("stats:1", "name", "abc");

        assertThatThrownBy(() -> hashes.hincrby("stats:1", "name", 1))
                .isInstanceOfSatisfying(RedisOperationException.class, e -> {
                    assertThat(e.operation()).isEqualTo("HINCRBY");
                    assertThat(e.key()).isEqualTo("stats:1");
                });
    }

    @Test
    void hdel_hexists_countTheFieldsThatExisted() {
        hashes.hmset("event:1", Map.of("a", 1, "b", 2));

        assertThat(hashes.hexists("event:1", "a")).isTrue();
        assertThat(hashes.hdel("event:1", "a", "zzz")).isEqualTo(1);
        assertThat(hashes.hexists("event:1", "a")).isFalse();
    }

    @Test
    void hsetnx_setsOnlyAMissingField() {
        assertThat(hashes.hsetnx("event:1", "owner", "alice")).isTrue();
        assertThat(hashes.hsetnx("event:1", "owner", "bob")).isFalse();

        assertThat(hashes.hget("event:1", "owner", String.class)).contains("alice");
    }

    @Test
    void hstrlen_isTheLengthOfTheStoredEncoding() {
        hashes.hset("event:1", "code", "abc");

        assertThat(hashes.hstrlen("event:1", "code")).isEqualTo(5);
        assertThat(hashes.hstrlen("event:1", "none")).isZero();
    }

    @Test
    void seedDefect17_numericAndJsonLookingStrings_readBackAsTheSameStrings() {
        List<String> tricky = List.of("123", "12345678901234567890", "true", "null", "\"x\"", "[1,2]", "0123", "");
        for (int i = 0; i < tricky.size(); i++) {
            hashes.hset("codes:1", "f" + i, tricky.get(i));
        }

        for (int i = 0; i < tricky.size(); i++) {
            assertThat(hashes.hget("codes:1", "f" + i, String.class)).contains(tricky.get(i));
        }
        assertThat(hashes.hgetall("codes:1", Object.class).values()).containsExactlyInAnyOrderElementsOf(tricky);
    }

    @Test
    void seedDefect23_emptyArguments_sendNothing_andAreNoOps() {
        assertThat(hashes.hmset("event:1", Map.of())).isZero();
        assertThat(hashes.hmget("event:1", List.of(), String.class)).isEmpty();
        assertThat(hashes.hdel("event:1")).isZero();

        assertThat(client.exists("event:1")).isFalse();
    }

    @Test
    void nullValues_areRejected_withTheFieldAndTheFix() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", null);

        assertThatThrownBy(() -> hashes.hset("event:1", "name", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'name'").hasMessageContaining("hdel");
        assertThatThrownBy(() -> hashes.hmset("event:1", fields)).isInstanceOf(IllegalArgumentException.class);
        assertThat(client.exists("event:1")).isFalse();
    }

    @Test
    void missingKeysAndFieldNames_areRejected() {
        assertThatThrownBy(() -> hashes.hget(null, "f", String.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("key null");
        assertThatThrownBy(() -> hashes.hlen("")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("key ''");
        assertThatThrownBy(() -> hashes.hset("event:1", null, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("field name");
        assertThatThrownBy(() -> hashes.hget("event:1", "f", (Class<String>) null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("type");
    }

    @Test
    void malformedStoredValue_isAnExceptionNamingKeyFieldAndReason() {
        client.hset("event:1", "seat", "not json");

        assertThatThrownBy(() -> hashes.hget("event:1", "seat", Seat.class))
                .isInstanceOfSatisfying(MalformedValueException.class, e -> {
                    assertThat(e.key()).isEqualTo("event:1");
                    assertThat(e.location()).isEqualTo("field 'seat'");
                    assertThat(e.payload()).isEqualTo("not json".getBytes());
                })
                .hasMessageContaining("'event:1'").hasMessageContaining("Seat");
        assertThatThrownBy(() -> hashes.hgetall("event:1", Seat.class)).isInstanceOf(MalformedValueException.class);
    }

    @Test
    void wrongType_isAnOperationException() {
        client.set("plain", "v");

        assertThatThrownBy(() -> hashes.hget("plain", "f", String.class))
                .isInstanceOfSatisfying(RedisOperationException.class, e -> assertThat(e.operation()).isEqualTo("HGET"))
                .hasMessageContaining("WRONGTYPE");
    }
}
