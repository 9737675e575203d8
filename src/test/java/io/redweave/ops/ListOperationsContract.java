package io.redweave.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redweave.RedWeave;
import io.redweave.RedisConfig;
import io.redweave.RedisOperationException;
import io.redweave.codec.TypeRef;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.UnifiedJedis;

/**
 * Every non-blocking list operation against a real Redis; {@link ListStandaloneTest} runs it on one server and
 * {@link ListClusterTest} on a 3-master cluster. The blocking commands are in {@link ListBlockingContract}, which
 * extends this class so that each deployment starts its Redis once. Keys used together share a hash tag.
 */
abstract class ListOperationsContract {

    record Ticket(String id, int seat, BigDecimal price) {
    }

    static final TypeRef<List<Ticket>> TICKETS = new TypeRef<>() {
    };
    static final Ticket T1 = new Ticket("t-1", 1, new BigDecimal("10.00"));
    static final Ticket T2 = new Ticket("t-2", 2, new BigDecimal("20.00"));
    static final Ticket T3 = new Ticket("t-3", 3, new BigDecimal("30.00"));
    static final String QUEUE = "{jobs}:queue";
    static final String DONE = "{jobs}:done";

    RedWeave redweave;
    ListOperations lists;
    UnifiedJedis client;

    /** A configuration builder for the server or cluster under test. */
    abstract RedisConfig.Builder configBuilder();

    /** Deletes every key of the server or cluster under test. */
    abstract void flushAll();

    /** The list operations of a RedWeave instance: the one place that says how a test obtains them. */
    static ListOperations lists(RedWeave redweave) {
        return redweave.lists();
    }

    @BeforeEach
    void open() {
        flushAll();
        redweave = RedWeave.builder().config(configBuilder().build()).build();
        lists = lists(redweave);
        client = redweave.client();
    }

    @AfterEach
    void close() {
        redweave.close();
    }

    @Test
    void lpush_insertsAtTheHead_andRpush_appends_returningTheLength() {
        assertThat(lists.rpush(QUEUE, T2, T3)).isEqualTo(2);
        assertThat(lists.lpush(QUEUE, T1)).isEqualTo(3);

        assertThat(lists.lrange(QUEUE, 0, -1, Ticket.class)).containsExactly(T1, T2, T3);
    }

    @Test
    void lpushAll_andRpushAll_pushEveryElementOfACollection() {
        lists.rpushAll(QUEUE, List.of(T2, T3));
        lists.lpushAll(QUEUE, List.of(T1));

        assertThat(lists.lrange(QUEUE, 0, -1, Ticket.class)).containsExactly(T1, T2, T3);
    }

    @Test
    void aListPassedToPush_isOneElement_readBackWithATypeRef() {
        lists.rpush(QUEUE, List.of(T1, T2));

        assertThat(lists.llen(QUEUE)).isEqualTo(1);
        assertThat(lists.lindex(QUEUE, 0, TICKETS)).contains(List.of(T1, T2));
        assertThat(lists.lrange(QUEUE, 0, -1, TICKETS)).containsExactly(List.of(T1, T2));
        assertThat(lists.lpop(QUEUE, TICKETS)).contains(List.of(T1, T2));
    }

    @Test
    void lpop_andRpop_takeFromEachEnd_andAreEmptyOnAnEmptyList() {
        lists.rpush(QUEUE, T1, T2, T3);

        assertThat(lists.lpop(QUEUE, Ticket.class)).contains(T1);
        assertThat(lists.rpop(QUEUE, Ticket.class)).contains(T3);
        assertThat(lists.rpop(QUEUE, new TypeRef<Ticket>() {
        })).contains(T2);
        assertThat(lists.lpop(QUEUE, Ticket.class)).isEmpty();
        assertThat(lists.rpop("{jobs}:missing", Ticket.class)).isEmpty();
    }

    @Test
    void lrange_acceptsNegativeIndexes_andIsEmptyForAMissingList() {
        lists.rpush(QUEUE, T1, T2, T3);

        assertThat(lists.lrange(QUEUE, -2, -1, Ticket.class)).containsExactly(T2, T3);
        assertThat(lists.lrange(QUEUE, 5, 10, Ticket.class)).isEmpty();
        assertThat(lists.lrange("{jobs}:missing", 0, -1, Ticket.class)).isEmpty();
    }

    @Test
    void llen_ltrim_keepARange() {
        lists.rpush(QUEUE, 1, 2, 3, 4, 5);

        lists.ltrim(QUEUE, 1, -2);

        assertThat(lists.lrange(QUEUE, 0, -1, Integer.class)).containsExactly(2, 3, 4);
        assertThat(lists.llen(QUEUE)).isEqualTo(3);
        assertThat(lists.llen("{jobs}:missing")).isZero();
    }

    @Test
    void lindex_readsOneElement_andIsEmptyOutOfRange() {
        lists.rpush(QUEUE, T1, T2);

        assertThat(lists.lindex(QUEUE, -1, Ticket.class)).contains(T2);
        assertThat(lists.lindex(QUEUE, 7, Ticket.class)).isEmpty();
    }

    @Test
    void lset_replacesAnElement_andOutOfRangeIsAnOperationException() {
        lists.rpush(QUEUE, T1, T2);

        lists.lset(QUEUE, 1, T3);

        assertThat(lists.lrange(QUEUE, 0, -1, Ticket.class)).containsExactly(T1, T3);
        assertThatThrownBy(() -> lists.lset(QUEUE, 9, T3))
                .isInstanceOfSatisfying(RedisOperationException.class, e -> {
                    assertThat(e.operation()).isEqualTo("LSET");
                    assertThat(e.key()).isEqualTo(QUEUE);
                });
    }

    @Test
    void lrem_matchesTheEncodedValue_fromEitherEnd() {
        lists.rpush(QUEUE, T1, T2, T1, T1);

        assertThat(lists.lrem(QUEUE, -1, T1)).isEqualTo(1);
        assertThat(lists.lrem(QUEUE, 0, new Ticket("t-1", 1, new BigDecimal("10.00")))).isEqualTo(2);
        assertThat(lists.lrange(QUEUE, 0, -1, Ticket.class)).containsExactly(T2);
    }

    @Test
    void lpushx_andRpushx_pushOnlyOntoAnExistingList() {
        assertThat(lists.lpushx(QUEUE, T1)).isZero();
        assertThat(lists.rpushx(QUEUE, T1)).isZero();
        assertThat(client.exists(QUEUE)).isFalse();

        lists.rpush(QUEUE, T2);
        assertThat(lists.lpushx(QUEUE, T1)).isEqualTo(2);
        assertThat(lists.rpushx(QUEUE, T3)).isEqualTo(3);
        assertThat(lists.lrange(QUEUE, 0, -1, Ticket.class)).containsExactly(T1, T2, T3);
    }

    @Test
    void lmove_takesAndPutsAtTheEndsAsked() {
        lists.rpush(QUEUE, T1, T2, T3);

        assertThat(lists.lmove(QUEUE, DONE, ListEnd.LEFT, ListEnd.RIGHT, Ticket.class)).contains(T1);
        assertThat(lists.lmove(QUEUE, DONE, ListEnd.RIGHT, ListEnd.LEFT, new TypeRef<Ticket>() {
        })).contains(T3);
        assertThat(lists.lmove(QUEUE, QUEUE, ListEnd.LEFT, ListEnd.RIGHT, Ticket.class)).contains(T2);

        assertThat(lists.lrange(DONE, 0, -1, Ticket.class)).containsExactly(T3, T1);
        assertThat(lists.lmove("{jobs}:missing", DONE, ListEnd.LEFT, ListEnd.LEFT, Ticket.class)).isEmpty();
    }

    @Test
    void seedDefect21_rpoplpush_runsLmoveRightLeft_withTheSeedsResult() {
        lists.rpush(QUEUE, T1, T2);
        lists.rpush(DONE, T3);

        assertThat(lists.rpoplpush(QUEUE, DONE, Ticket.class)).contains(T2);
        assertThat(lists.rpoplpush(QUEUE, DONE, new TypeRef<Ticket>() {
        })).contains(T1);

        assertThat(lists.lrange(DONE, 0, -1, Ticket.class)).containsExactly(T1, T2, T3);
        assertThat(lists.rpoplpush(QUEUE, DONE, Ticket.class)).isEmpty();
    }

    @Test
    void seedDefect17_numericAndJsonLookingStrings_readBackAsTheSameStrings() {
        List<String> tricky = List.of("123", "12345678901234567890", "true", "null", "\"x\"", "[1,2]", "");
        lists.rpushAll(QUEUE, tricky);

        assertThat(lists.lrange(QUEUE, 0, -1, String.class)).containsExactlyElementsOf(tricky);
        assertThat(lists.lrange(QUEUE, 0, -1, Object.class)).containsExactlyElementsOf(tricky);
        assertThat(lists.lpop(QUEUE, String.class)).contains("123");
    }

    @Test
    void seedDefect23_pushingNoValues_sendsNoPush_andReturnsTheLength() {
        assertThat(lists.lpush(QUEUE)).isZero();
        assertThat(lists.rpushAll(QUEUE, List.of())).isZero();
        assertThat(client.exists(QUEUE)).isFalse();

        lists.rpush(QUEUE, T1);
        assertThat(lists.rpush(QUEUE)).isEqualTo(1);
        assertThat(lists.lpushAll(QUEUE, List.of())).isEqualTo(1);
    }

    @Test
    void nullElements_areRejected_andNothingIsPushed() {
        assertThatThrownBy(() -> lists.rpush(QUEUE, T1, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("value 2 of 2 is null");
        assertThatThrownBy(() -> lists.lset(QUEUE, 0, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> lists.lpushx(QUEUE, null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(client.exists(QUEUE)).isFalse();
    }

    @Test
    void missingKeysAndEnds_areRejected() {
        assertThatThrownBy(() -> lists.llen(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("key null");
        assertThatThrownBy(() -> lists.lmove(QUEUE, "", ListEnd.LEFT, ListEnd.LEFT, Ticket.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("destination ''");
        assertThatThrownBy(() -> lists.lmove(QUEUE, DONE, null, ListEnd.LEFT, Ticket.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ListEnd.LEFT");
        assertThatThrownBy(() -> lists.lpop(QUEUE, (TypeRef<Ticket>) null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TypeRef");
    }

    @Test
    void malformedPoppedElement_isAnException_holdingTheRemovedBytes() {
        client.rpush(QUEUE, "not json", "\"fine\"");

        assertThatThrownBy(() -> lists.lpop(QUEUE, Ticket.class))
                .isInstanceOfSatisfying(MalformedValueException.class, e -> {
                    assertThat(e.key()).isEqualTo(QUEUE);
                    assertThat(e.payload()).isEqualTo("not json".getBytes());
                })
                .hasMessageContaining("removed from Redis");
        assertThat(lists.lrange(QUEUE, 0, -1, String.class)).containsExactly("fine");
    }

    @Test
    void malformedElementInARange_isAnExceptionNamingKeyAndPosition() {
        client.rpush(QUEUE, "\"fine\"", "{broken");

        assertThatThrownBy(() -> lists.lrange(QUEUE, 0, -1, String.class))
                .isInstanceOfSatisfying(MalformedValueException.class,
                        e -> assertThat(e.location()).isEqualTo("element 1 of LRANGE 0 -1"));
        assertThat(lists.llen(QUEUE)).isEqualTo(2);
    }

    @Test
    void wrongType_isAnOperationException() {
        client.set("plain", "v");

        assertThatThrownBy(() -> lists.rpush("plain", 1))
                .isInstanceOfSatisfying(RedisOperationException.class,
                        e -> assertThat(e.operation()).isEqualTo("RPUSH"))
                .hasMessageContaining("WRONGTYPE");
    }
}
