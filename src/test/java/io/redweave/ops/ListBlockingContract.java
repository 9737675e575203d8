package io.redweave.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.redweave.RedWeave;
import io.redweave.codec.TypeRef;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Connection;
import redis.clients.jedis.Protocol;

/**
 * The blocking list commands against a real Redis, while other commands run: each runs on a dedicated connection,
 * is not cut off by the socket timeout and holds up nothing. Tests await the blocked client in {@code CLIENT LIST}
 * of the node serving the key instead of sleeping.
 */
abstract class ListBlockingContract extends ListOperationsContract {

    static final Duration LONG = Duration.ofSeconds(30);

    ExecutorService threads;

    @BeforeEach
    void startThreads() {
        threads = Executors.newCachedThreadPool();
    }

    @AfterEach
    void stopThreads() throws InterruptedException {
        client.rpush(QUEUE, "\"unblock\"");
        threads.shutdownNow();
        assertThat(threads.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    /** How many clients are blocked in {@code command} on the node that serves {@code key}. */
    long blockedIn(String command, String key) {
        try (Connection node = redweave.context().dedicated().open(key, 0)) {
            node.sendCommand(Protocol.Command.CLIENT, "LIST");
            return node.getBulkReply().lines().filter(line -> line.contains(" cmd=" + command + " ")).count();
        }
    }

    void awaitBlocked(String command, String key, long clients) {
        await().atMost(Duration.ofSeconds(10)).until(() -> blockedIn(command, key) >= clients);
    }

    @Test
    void seedDefect12_blpopOf30s_isSatisfiedByAPushFromAnotherThread_andHoldsUpNoOtherCommand() throws Exception {
        Future<Optional<PoppedValue<Ticket>>> popped =
                threads.submit(() -> lists.blpop(QUEUE, LONG, Ticket.class));
        awaitBlocked("blpop", QUEUE, 1);

        long start = System.nanoTime();
        for (int i = 0; i < 100; i++) {
            lists.rpush("other:" + i, i);
        }
        Duration hundredCommands = Duration.ofNanos(System.nanoTime() - start);
        assertThat(popped).isNotDone();
        lists.rpush(QUEUE, T1);

        assertThat(popped.get(5, TimeUnit.SECONDS)).contains(new PoppedValue<>(QUEUE, T1));
        assertThat(hundredCommands).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void seedDefect11_blpopLongerThanTheSocketTimeout_endsEmptyAfterItsOwnTimeout() {
        try (RedWeave shortTimeout = RedWeave.builder()
                .config(configBuilder().timeout(Duration.ofMillis(300)).build()).build()) {
            long start = System.nanoTime();

            Optional<PoppedValue<Ticket>> popped = lists(shortTimeout).blpop(QUEUE, Duration.ofSeconds(1),
                    Ticket.class);

            Duration waited = Duration.ofNanos(System.nanoTime() - start);
            assertThat(popped).isEmpty();
            assertThat(waited).isBetween(Duration.ofMillis(950), Duration.ofMillis(1_300 + 2_000));
        }
    }

    @Test
    void blockingCommands_outnumberingThePool_leaveItFreeForOtherCommands() throws Exception {
        try (RedWeave smallPool = RedWeave.builder()
                .config(configBuilder().poolSize(2).timeout(Duration.ofMillis(500)).build()).build()) {
            ListOperations small = lists(smallPool);
            CountDownLatch gate = new CountDownLatch(1);
            List<Future<Optional<PoppedValue<Integer>>>> pops = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                pops.add(threads.submit(() -> {
                    gate.await();
                    return small.blpop(QUEUE, LONG, Integer.class);
                }));
            }
            gate.countDown();
            awaitBlocked("blpop", QUEUE, 4);

            for (int i = 0; i < 20; i++) {
                assertThat(small.rpush("other:" + i, i)).isEqualTo(1);
            }
            small.rpush(QUEUE, 1, 2, 3, 4);

            List<Integer> values = new ArrayList<>();
            for (Future<Optional<PoppedValue<Integer>>> pop : pops) {
                values.add(pop.get(5, TimeUnit.SECONDS).orElseThrow().value());
            }
            assertThat(values).containsExactlyInAnyOrder(1, 2, 3, 4);
        }
    }

    @Test
    void blpop_zeroTimeout_waitsUntilAnElementArrives() throws Exception {
        Future<Optional<PoppedValue<Ticket>>> popped =
                threads.submit(() -> lists.blpop(QUEUE, Duration.ZERO, Ticket.class));
        awaitBlocked("blpop", QUEUE, 1);

        lists.rpush(QUEUE, T2);

        assertThat(popped.get(5, TimeUnit.SECONDS)).contains(new PoppedValue<>(QUEUE, T2));
    }

    @Test
    void blpop_andBrpop_returnAtOnceWhenAnElementIsThere() {
        lists.rpush(QUEUE, T1, T2, T3);

        assertThat(lists.blpop(QUEUE, LONG, Ticket.class)).contains(new PoppedValue<>(QUEUE, T1));
        assertThat(lists.brpop(QUEUE, LONG, Ticket.class)).contains(new PoppedValue<>(QUEUE, T3));
        assertThat(lists.brpop(QUEUE, LONG, new TypeRef<Ticket>() {
        })).contains(new PoppedValue<>(QUEUE, T2));
    }

    @Test
    void blpop_overSeveralLists_takesFromTheFirstNonEmpty_andNamesIt() {
        lists.rpush(DONE, T1);
        lists.rpush("{jobs}:later", T2);

        assertThat(lists.blpop(List.of(QUEUE, DONE, "{jobs}:later"), LONG, Ticket.class))
                .contains(new PoppedValue<>(DONE, T1));
        assertThat(lists.brpop(List.of(QUEUE, DONE, "{jobs}:later"), LONG, new TypeRef<Ticket>() {
        })).contains(new PoppedValue<>("{jobs}:later", T2));
        assertThat(lists.blpop(List.of(QUEUE, DONE), Duration.ofMillis(50), new TypeRef<Ticket>() {
        })).isEmpty();
    }

    @Test
    void brpop_timesOut_empty() {
        assertThat(lists.brpop(QUEUE, Duration.ofMillis(100), Ticket.class)).isEmpty();
    }

    @Test
    void blmove_waitsForAnElement_andMovesItBetweenTheEndsAsked() throws Exception {
        lists.rpush(DONE, T3);
        Future<Optional<Ticket>> moved = threads.submit(
                () -> lists.blmove(QUEUE, DONE, ListEnd.LEFT, ListEnd.RIGHT, LONG, Ticket.class));
        awaitBlocked("blmove", QUEUE, 1);

        lists.rpush(QUEUE, T1);

        assertThat(moved.get(5, TimeUnit.SECONDS)).contains(T1);
        assertThat(lists.lrange(DONE, 0, -1, Ticket.class)).containsExactly(T3, T1);
        assertThat(lists.blmove(QUEUE, DONE, ListEnd.LEFT, ListEnd.LEFT, Duration.ofMillis(50),
                new TypeRef<Ticket>() {
                })).isEmpty();
    }

    @Test
    void seedDefect21_brpoplpush_runsBlmoveRightLeft() throws Exception {
        lists.rpush(QUEUE, T1, T2);

        assertThat(lists.brpoplpush(QUEUE, DONE, LONG, Ticket.class)).contains(T2);
        assertThat(lists.brpoplpush(QUEUE, DONE, LONG, new TypeRef<Ticket>() {
        })).contains(T1);
        assertThat(lists.lrange(DONE, 0, -1, Ticket.class)).containsExactly(T1, T2);

        Future<Optional<Ticket>> moved = threads.submit(() -> lists.brpoplpush(QUEUE, DONE, LONG, Ticket.class));
        awaitBlocked("blmove", QUEUE, 1);
        lists.rpush(QUEUE, T3);
        assertThat(moved.get(5, TimeUnit.SECONDS)).contains(T3);
    }

    @Test
    void malformedBlockingPop_isAnException_holdingTheRemovedBytes() {
        client.rpush(QUEUE, "not json");

        assertThatThrownBy(() -> lists.blpop(QUEUE, LONG, Ticket.class))
                .isInstanceOfSatisfying(MalformedValueException.class,
                        e -> assertThat(e.payload()).isEqualTo("not json".getBytes()))
                .hasMessageContaining("removed from Redis");
    }

    @Test
    void invalidTimeouts_areRejected_beforeAnythingIsSent() {
        lists.rpush(QUEUE, T1);

        assertThatThrownBy(() -> lists.blpop(QUEUE, Duration.ofMillis(-1), Ticket.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PT-0.001S");
        assertThatThrownBy(() -> lists.brpop(QUEUE, null, Ticket.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Duration.ZERO");
        assertThatThrownBy(() -> lists.blmove(QUEUE, DONE, ListEnd.LEFT, ListEnd.LEFT, Duration.ofNanos(1_500),
                Ticket.class)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("milliseconds");
        assertThatThrownBy(() -> lists.blpop(List.of(), LONG, Ticket.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one key");
        assertThatThrownBy(() -> lists.blpop((String) null, LONG, Ticket.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("key 1 of 1 null");
        assertThat(lists.llen(QUEUE)).isEqualTo(1);
    }
}
