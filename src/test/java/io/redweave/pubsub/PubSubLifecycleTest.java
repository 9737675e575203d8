package io.redweave.pubsub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static io.redweave.pubsub.Waits.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.redweave.RedWeave;
import io.redweave.RedisConnectionException;
import io.redweave.internal.pubsub.JedisPubSubManager;
import io.redweave.pubsub.PubSubError.Kind;
import io.redweave.test.RedisServer;
import io.redweave.test.RedisTest;
import java.time.Duration;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;

/** Closing, use after close, independent managers, restarts and failed subscriptions (seed defect 16). */
@RedisTest
class PubSubLifecycleTest {

    @Test
    void seedDefect16_close_unsubscribesForReal_andStopsTheReaderThread(RedisServer server) {
        try (RedWeave redweave = PubSubManagers.standalone(server.uri())) {
            PubSubManager pubSub = PubSubManagers.of(redweave);
            pubSub.subscribe("closing", String.class, new Inbox<>());
            pubSub.psubscribe("closing.*", String.class, new Inbox<>());
            Thread reader = ((JedisPubSubManager) pubSub).readerThread().orElseThrow();
            assertThat(Probe.numSub(server, "closing")).isEqualTo(1);
            assertThat(Probe.numPat(server)).isEqualTo(1);

            pubSub.close();

            assertThat(reader.isAlive()).isFalse();
            assertThat(Probe.numSub(server, "closing")).isZero();
            assertThat(Probe.numPat(server)).isZero();
            assertThat(Probe.publishRaw(server, "closing", "\"late\"")).isZero();
            assertThatCode(pubSub::close).as("close is idempotent").doesNotThrowAnyException();
        }
    }

    @Test
    void seedDefect16_useAfterClose_failsClearly_andAFreshManagerGetsEachMessageOnce(RedisServer server) {
        try (RedWeave redweave = PubSubManagers.standalone(server.uri())) {
            PubSubManager closed = PubSubManagers.of(redweave);
            Inbox<String> old = new Inbox<>();
            Subscription subscription = closed.subscribe("reuse", String.class, old);
            closed.close();

            assertClosed(() -> closed.subscribe("reuse", String.class, old));
            assertClosed(() -> closed.psubscribe("reuse*", String.class, old));
            assertClosed(() -> closed.publish("reuse", "x"));
            assertClosed(() -> closed.unsubscribe("reuse"));
            assertClosed(() -> closed.punsubscribe("reuse*"));
            assertClosed(() -> closed.numSubscribers("reuse"));
            assertClosed(closed::channels);
            assertClosed(() -> closed.onError(new Events()));
            assertThat(subscription.isActive()).isFalse();
            assertThatCode(subscription::close).doesNotThrowAnyException();

            try (PubSubManager fresh = PubSubManagers.of(redweave)) {
                Inbox<String> inbox = new Inbox<>();
                fresh.subscribe("reuse", String.class, inbox);
                assertThat(fresh.publish("reuse", "once")).isEqualTo(1);
                assertThat(inbox.awaitCount(1)).containsExactly("once");
                inbox.assertStays(1);
                assertThat(old.messages()).isEmpty();
            }
        }
    }

    private static void assertClosed(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PubSubManager").hasMessageContaining("is closed")
                .hasMessageContaining("create a new PubSubManager");
    }

    @Test
    void seedDefect16_twoManagers_unsubscribeOrCloseOfOne_neverSilencesTheOther(RedisServer server) {
        try (RedWeave redweave = PubSubManagers.standalone(server.uri());
                RedWeave otherInstance = PubSubManagers.standalone(server.uri());
                PubSubManager first = PubSubManagers.of(redweave);
                PubSubManager third = PubSubManagers.of(otherInstance)) {
            PubSubManager second = PubSubManagers.of(redweave);
            try {
                Inbox<String> one = new Inbox<>();
                Inbox<String> two = new Inbox<>();
                Inbox<String> three = new Inbox<>();
                first.subscribe("shared", String.class, one);
                second.subscribe("shared", String.class, two);
                third.subscribe("shared", String.class, three);
                assertThat(first.numSubscribers("shared")).as("one connection per manager").isEqualTo(3);

                first.unsubscribe("shared");
                await().until(() -> second.numSubscribers("shared") == 2);
                second.publish("shared", "after unsubscribe");
                assertThat(two.awaitCount(1)).containsExactly("after unsubscribe");
                assertThat(three.awaitCount(1)).containsExactly("after unsubscribe");

                second.close();
                assertThat(third.numSubscribers("shared")).isEqualTo(1);
                third.publish("shared", "after close");
                assertThat(three.awaitCount(2)).containsExactly("after unsubscribe", "after close");
                one.assertStays(0);
            } finally {
                second.close();
            }
        }
    }

    @Test
    void subscriber_keepsReceiving_afterTheRedisServerRestarts(RedisServer server) {
        assumeTrue(server.canRestart(), "an external server cannot be restarted");
        try (RedWeave redweave = PubSubManagers.standalone(server.uri());
                PubSubManager pubSub = PubSubManagers.of(redweave)) {
            Events events = new Events();
            pubSub.onError(events);
            Inbox<String> channel = new Inbox<>();
            Inbox<String> pattern = new Inbox<>();
            pubSub.subscribe("restart", String.class, channel);
            pubSub.psubscribe("restart.*", String.class, pattern);

            server.stop();
            server.start();

            events.await(Kind.CONNECTION_LOST, 1);
            PubSubError back = events.await(Kind.RESUBSCRIBED, 1).get(0);
            assertThat(back.description()).contains("1 channels and 1 patterns");
            assertThat(Probe.numSub(server, "restart")).isEqualTo(1);
            // The pool's connections died with the server; a publish on one of them fails and is not retried.
            await().ignoreExceptions().until(() -> pubSub.publish("restart", "after") >= 1);
            await().ignoreExceptions().until(() -> pubSub.publish("restart.x", "after") >= 1);
            assertThat(channel.awaitCount(1)).containsOnly("after");
            assertThat(pattern.awaitCount(1)).containsOnly("after");
        }
    }

    @Test
    void silentConnection_isDroppedByTheHeartbeat_andItsSubscriptionsComeBack(RedisServer server) {
        try (RedWeave redweave = PubSubManagers.standalone(server.uri());
                PubSubManager pubSub = PubSubManagers.withHeartbeat(redweave, Duration.ofMillis(200))) {
            Events events = new Events();
            pubSub.onError(events);
            Inbox<String> inbox = new Inbox<>();
            pubSub.subscribe("quiet", String.class, inbox);
            await().during(Duration.ofMillis(800)).until(() -> events.of(Kind.CONNECTION_LOST).isEmpty());

            try (Jedis admin = Probe.connect(server)) {
                admin.clientPause(1_500);
            }

            PubSubError lost = events.await(Kind.CONNECTION_LOST, 1).get(0);
            assertThat(lost.description()).contains("did not answer a heartbeat within 200 ms");
            events.await(Kind.RESUBSCRIBED, 1);
            await().ignoreExceptions().until(() -> pubSub.publish("quiet", "awake") >= 1);
            assertThat(inbox.awaitCount(1)).containsOnly("awake");
        }
    }

    @Test
    void seedDefect16_failedSubscribe_registersNothing_andALaterSubscribeWorks(RedisServer server) {
        assumeTrue(server.canRestart(), "an external server cannot be stopped");
        try (RedWeave redweave = PubSubManagers.standalone(server.uri(), Duration.ofMillis(500));
                PubSubManager pubSub = PubSubManagers.of(redweave)) {
            Inbox<String> inbox = new Inbox<>();
            server.stop();

            assertThatThrownBy(() -> pubSub.subscribe("retry", String.class, inbox))
                    .isInstanceOf(RedisConnectionException.class)
                    .hasMessageContaining("did not confirm SUBSCRIBE to channel 'retry' within 500 ms")
                    .hasMessageContaining("not registered");
            assertThat(pubSub.unsubscribe("retry")).as("nothing half-registered").isFalse();

            server.start();
            Subscription subscription = pubSub.subscribe("retry", String.class, inbox);

            assertThat(subscription.isActive()).isTrue();
            await().ignoreExceptions().until(() -> pubSub.publish("retry", "once") == 1);
            assertThat(inbox.awaitCount(1)).containsExactly("once");
            inbox.assertStays(1);
        }
    }
}
