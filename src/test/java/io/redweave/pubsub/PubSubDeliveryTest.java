package io.redweave.pubsub;

import static org.assertj.core.api.Assertions.assertThat;
import static io.redweave.pubsub.Waits.await;

import io.redweave.RedWeave;
import io.redweave.internal.pubsub.JedisPubSubManager;
import io.redweave.pubsub.PubSubError.Kind;
import io.redweave.test.RedisServer;
import io.redweave.test.RedisTest;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Delivery: handler isolation, per-channel queues, patterns, and removing handlers one by one. */
@RedisTest
class PubSubDeliveryTest {
    record Order(String id, int quantity) {
    }

    private RedisServer server;
    private RedWeave redweave;
    private PubSubManager pubSub;

    @BeforeEach
    void open(RedisServer server) {
        this.server = server;
        redweave = PubSubManagers.standalone(server.uri());
        pubSub = PubSubManagers.of(redweave);
    }

    @AfterEach
    void close() {
        pubSub.close();
        redweave.close();
    }

    @Test
    void throwingHandler_andMalformedPayload_doNotStopOtherHandlersOrLaterMessages() {
        Events events = new Events();
        pubSub.onError(events);
        Inbox<Order> good = new Inbox<>();
        pubSub.subscribe("orders", Order.class, message -> {
            throw new IllegalStateException("boom on " + message.data().id());
        });
        pubSub.subscribe("orders", Order.class, good);

        pubSub.publish("orders", new Order("o-1", 1));
        Probe.publishRaw(server, "orders", "{not json");
        pubSub.publish("orders", new Order("o-2", 2));

        assertThat(good.awaitCount(2)).containsExactly(new Order("o-1", 1), new Order("o-2", 2));
        List<PubSubError> failures = events.await(Kind.HANDLER_FAILED, 2);
        assertThat(failures).extracting(PubSubError::channel).containsOnly("orders");
        assertThat(failures).extracting(error -> error.cause().getMessage())
                .containsExactly("boom on o-1", "boom on o-2");
        PubSubError malformed = events.await(Kind.MALFORMED_PAYLOAD, 1).get(0);
        assertThat(malformed.channel()).isEqualTo("orders");
        assertThat(malformed.description()).contains("could not be decoded", Order.class.getName());
    }

    @Test
    void seedDefect16_handlerThrows_withoutAnyErrorListener_isLoggedAndDeliveryGoesOn() {
        Inbox<String> after = new Inbox<>();
        pubSub.subscribe("fragile", String.class, message -> {
            if (message.data().equals("poison")) {
                throw new IllegalArgumentException("poison");
            }
            after.onMessage(message);
        });

        pubSub.publish("fragile", "poison");
        pubSub.publish("fragile", "fine");

        assertThat(after.awaitCount(1)).containsExactly("fine");
        assertThat(((JedisPubSubManager) pubSub).readerThread())
                .hasValueSatisfying(reader -> assertThat(reader.isAlive()).isTrue());
    }

    @Test
    void throwingErrorListener_isIgnored_andOthersStillHear() {
        Events events = new Events();
        pubSub.onError(error -> {
            throw new IllegalStateException("listener bug");
        });
        pubSub.onError(events);
        pubSub.subscribe("listeners", String.class, message -> {
            throw new IllegalStateException("handler bug");
        });

        pubSub.publish("listeners", "a");
        pubSub.publish("listeners", "b");

        events.await(Kind.HANDLER_FAILED, 2);
    }

    @Test
    void slowHandler_onOneChannel_doesNotHoldUpAnotherChannel() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Inbox<String> slow = new Inbox<>();
        Inbox<String> fast = new Inbox<>();
        pubSub.subscribe("slow", String.class, message -> {
            release.await(20, TimeUnit.SECONDS);
            slow.onMessage(message);
        });
        pubSub.subscribe("fast", String.class, fast);

        pubSub.publish("slow", "s-1");
        pubSub.publish("slow", "s-2");
        pubSub.publish("fast", "f-1");

        assertThat(fast.awaitCount(1)).containsExactly("f-1");
        assertThat(slow.messages()).isEmpty();
        release.countDown();
        assertThat(slow.awaitCount(2)).as("in publish order").containsExactly("s-1", "s-2");
    }

    @Test
    void messagesOfOneChannel_arriveInPublishOrder() {
        Inbox<Integer> inbox = new Inbox<>();
        pubSub.subscribe("sequence", Integer.class, inbox);

        for (int i = 0; i < 500; i++) {
            pubSub.publish("sequence", i);
        }

        assertThat(inbox.awaitCount(500)).isSorted().hasSize(500);
    }

    @Test
    void psubscribe_deliversMatchingChannels_withThePattern_andPunsubscribeStopsIt() {
        Inbox<Order> inbox = new Inbox<>();
        Subscription subscription = pubSub.psubscribe("orders.*", Order.class, inbox);
        assertThat(subscription.isPattern()).isTrue();
        assertThat(subscription.channel()).isEqualTo("orders.*");

        assertThat(pubSub.publish("orders.eu", new Order("o-eu", 1))).isEqualTo(1);
        assertThat(pubSub.publish("invoices.eu", new Order("i-eu", 1))).isZero();

        inbox.awaitCount(1);
        Message<Order> message = inbox.messages().get(0);
        assertThat(message.channel()).isEqualTo("orders.eu");
        assertThat(message.pattern()).isEqualTo("orders.*");
        assertThat(message.matchedPattern()).isTrue();

        assertThat(pubSub.punsubscribe("orders.*")).isTrue();
        assertThat(subscription.isActive()).isFalse();
        await().until(() -> Probe.numPat(server) == 0);
        assertThat(pubSub.publish("orders.us", new Order("o-us", 1))).isZero();
        assertThat(pubSub.punsubscribe("orders.*")).isFalse();
        inbox.assertStays(1);
    }

    @Test
    void unsubscribingOneHandler_keepsTheOthers_andTheLastOneUnsubscribes() {
        Inbox<String> first = new Inbox<>();
        Inbox<String> second = new Inbox<>();
        Inbox<String> patterned = new Inbox<>();
        pubSub.subscribe("news", String.class, first);
        Subscription secondSubscription = pubSub.subscribe("news", String.class, second);
        pubSub.psubscribe("ne*", String.class, patterned);

        assertThat(pubSub.unsubscribe("news", first)).isTrue();
        assertThat(pubSub.unsubscribe("news", first)).isFalse();
        pubSub.publish("news", "one");

        assertThat(second.awaitCount(1)).containsExactly("one");
        assertThat(patterned.awaitCount(1)).containsExactly("one");
        first.assertStays(0);
        assertThat(pubSub.numSubscribers("news")).isEqualTo(1);

        secondSubscription.close();
        secondSubscription.close();
        assertThat(secondSubscription.isActive()).isFalse();
        await().until(() -> pubSub.numSubscribers("news") == 0);
        pubSub.publish("news", "two");
        assertThat(patterned.awaitCount(2)).containsExactly("one", "two");
        second.assertStays(1);
    }

    @Test
    void sameHandlerSubscribedTwice_runsTwice_andUnsubscribeByHandlerRemovesBoth() {
        Inbox<String> inbox = new Inbox<>();
        pubSub.subscribe("twice", String.class, inbox);
        pubSub.subscribe("twice", String.class, inbox);

        pubSub.publish("twice", "x");
        assertThat(inbox.awaitCount(2)).containsExactly("x", "x");

        assertThat(pubSub.unsubscribe("twice", inbox)).isTrue();
        await().until(() -> pubSub.numSubscribers("twice") == 0);
    }

    @Test
    void unsubscribeAll_removesEveryHandler_andChannelsListsWhatHasSubscribers() {
        Inbox<String> a = new Inbox<>();
        Inbox<String> b = new Inbox<>();
        Subscription first = pubSub.subscribe("listed.a", String.class, a);
        pubSub.subscribe("listed.a", String.class, b);
        pubSub.subscribe("listed.b", String.class, b);

        assertThat(pubSub.channels("listed.*")).containsExactly("listed.a", "listed.b");
        assertThat(pubSub.channels()).contains("listed.a", "listed.b");

        assertThat(pubSub.unsubscribe("listed.a")).isTrue();
        assertThat(first.isActive()).isFalse();
        await().until(() -> pubSub.channels("listed.*").equals(Set.of("listed.b")));
        assertThat(pubSub.unsubscribe("listed.a")).isFalse();
    }
}
