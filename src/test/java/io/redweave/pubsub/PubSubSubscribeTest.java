package io.redweave.pubsub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static io.redweave.pubsub.Waits.await;

import io.redweave.RedWeave;
import io.redweave.RedisConfig;
import io.redweave.RedisOperationException;
import io.redweave.internal.pubsub.JedisPubSubManager;
import io.redweave.pubsub.PubSubError.Kind;
import io.redweave.test.RedisServer;
import io.redweave.test.RedisTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;

/** Subscribing: refusals by Redis, concurrency, subscribing from a handler, and argument checks. */
@RedisTest
class PubSubSubscribeTest {

    @Test
    void seedDefect16_subscribeRefusedByRedis_registersNothing_andIsRetriedOnceAllowed(RedisServer server) {
        try (Jedis admin = Probe.connect(server)) {
            admin.aclSetUser("pubsub-limited", "reset", "on", ">secret", "~*", "+@all", "resetchannels",
                    "&allowed.*");
            RedisConfig config = RedisConfig.builder().url(server.uri()).username("pubsub-limited")
                    .password("secret").build();
            try (RedWeave redweave = RedWeave.builder().config(config).build();
                    PubSubManager pubSub = PubSubManagers.of(redweave)) {
                Events events = new Events();
                pubSub.onError(events);
                Inbox<String> allowed = new Inbox<>();
                Inbox<String> forbidden = new Inbox<>();
                pubSub.subscribe("allowed.1", String.class, allowed);

                assertThatThrownBy(() -> pubSub.subscribe("forbidden", String.class, forbidden))
                        .isInstanceOf(RedisOperationException.class)
                        .hasMessageContaining("refused SUBSCRIBE to channel 'forbidden'")
                        .hasMessageContaining("NOPERM")
                        .hasMessageContaining("not registered");
                assertThat(events.await(Kind.SUBSCRIBE_FAILED, 1).get(0).channel()).isEqualTo("forbidden");
                assertThat(pubSub.unsubscribe("forbidden")).as("nothing half-registered").isFalse();

                admin.aclSetUser("pubsub-limited", "&forbidden");
                pubSub.subscribe("forbidden", String.class, forbidden);
                admin.publish("forbidden", "\"now allowed\"");
                admin.publish("allowed.1", "\"still flowing\"");

                assertThat(forbidden.awaitCount(1)).containsExactly("now allowed");
                assertThat(allowed.awaitCount(1)).containsExactly("still flowing");
                forbidden.assertStays(1);
            }
        } finally {
            try (Jedis admin = Probe.connect(server)) {
                admin.aclDelUser("pubsub-limited");
            }
        }
    }

    @Test
    void concurrentSubscribeAndUnsubscribe_whileMessagesFlow_leaveRedisInStepWithTheHandlers(RedisServer server)
            throws Exception {
        int threads = 8;
        int channels = 4;
        try (RedWeave redweave = PubSubManagers.standalone(server.uri());
                PubSubManager pubSub = PubSubManagers.of(redweave)) {
            CountDownLatch start = new CountDownLatch(1);
            AtomicBoolean publishing = new AtomicBoolean(true);
            Map<String, List<Inbox<Integer>>> kept = new ConcurrentHashMap<>();
            ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
            try {
                pool.submit(() -> {
                    start.await();
                    for (int i = 0; publishing.get(); i++) {
                        pubSub.publish("busy." + (i % channels), i);
                    }
                    return null;
                });
                List<Future<?>> workers = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int worker = t;
                    workers.add(pool.submit(() -> {
                        start.await();
                        for (int round = 0; round < 20; round++) {
                            String channel = "busy." + ((worker + round) % channels);
                            Inbox<Integer> inbox = new Inbox<>();
                            Subscription subscription = pubSub.subscribe(channel, Integer.class, inbox);
                            if ((worker + round) % 3 == 0) {
                                kept.computeIfAbsent(channel, c -> new CopyOnWriteArrayList<>()).add(inbox);
                            } else {
                                subscription.close();
                            }
                        }
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> worker : workers) {
                    worker.get(60, TimeUnit.SECONDS);
                }
                publishing.set(false);
            } finally {
                pool.shutdown();
                assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
            }

            for (int c = 0; c < channels; c++) {
                String channel = "busy." + c;
                long expected = kept.containsKey(channel) ? 1 : 0;
                await().until(() -> Probe.numSub(server, channel) == expected);
            }
            kept.forEach((channel, inboxes) -> {
                pubSub.publish(channel, -1);
                inboxes.forEach(inbox -> await().atMost(Inbox.PATIENCE)
                        .until(() -> inbox.data().contains(-1)));
            });

        }
    }

    @Test
    void handler_maySubscribeAndUnsubscribe_whileMessagesFlow(RedisServer server) {
        try (RedWeave redweave = PubSubManagers.standalone(server.uri());
                PubSubManager pubSub = PubSubManagers.of(redweave)) {
            Inbox<String> followUps = new Inbox<>();
            pubSub.subscribe("chain.start", String.class, message -> {
                pubSub.subscribe("chain.next", String.class, followUps);
                pubSub.unsubscribe("chain.start");
                pubSub.publish("chain.next", message.data() + " then next");
            });

            pubSub.publish("chain.start", "start");

            assertThat(followUps.awaitCount(1)).containsExactly("start then next");
            await().until(() -> pubSub.numSubscribers("chain.start") == 0);
        }
    }

    @Test
    void invalidArguments_areRejected_naming_theValueAndTheRule(RedisServer server) {
        try (RedWeave redweave = PubSubManagers.standalone(server.uri());
                PubSubManager pubSub = PubSubManagers.of(redweave)) {
            assertThatThrownBy(() -> pubSub.subscribe("", String.class, new Inbox<>()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("channel \"\" is invalid for SUBSCRIBE to channel '': it must be a non-empty name");
            assertThatThrownBy(() -> pubSub.psubscribe(null, String.class, new Inbox<>()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pattern null is invalid");
            assertThatThrownBy(() -> pubSub.subscribe("x", (Class<String>) null, new Inbox<>()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("type must not be null");
            assertThatThrownBy(() -> pubSub.subscribe("x", String.class, null))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("handler must not be null");
            assertThatThrownBy(() -> pubSub.publish(null, "x"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("channel null is invalid");
            assertThatThrownBy(() -> pubSub.onError(null))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("listener must not be null");
            assertThat(((JedisPubSubManager) pubSub).readerThread())
                    .as("nothing subscribed, so no connection was opened").isEmpty();
        }
    }
}
