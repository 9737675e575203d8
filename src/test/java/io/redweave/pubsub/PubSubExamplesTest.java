package io.redweave.pubsub;

import static io.redweave.pubsub.Waits.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.redweave.RedWeave;
import io.redweave.codec.TypeRef;
import io.redweave.test.RedisServer;
import io.redweave.test.RedisTest;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The examples of {@code docs/pubsub.md}, run against a real Redis: the text between {@code // example: name} and
 * {@code // end} is what the page shows ({@link PubSubDocsTest} checks it).
 */
@RedisTest
class PubSubExamplesTest {
    record OrderPlaced(String orderId, int seats) {
    }

    private final List<Object> shipped = new CopyOnWriteArrayList<>();
    private final List<Object> alerts = new CopyOnWriteArrayList<>();

    private void ship(OrderPlaced order) {
        shipped.add(order);
    }

    private void alert(Object what) {
        alerts.add(what);
    }

    @Test
    void examples(RedisServer server) {
        try (RedWeave redweave = PubSubManagers.standalone(server.uri())) {
            try (PubSubManager pubSub = PubSubManagers.of(redweave)) {
                subscribe(pubSub);
                generic(pubSub);
                patterns(pubSub);
                queries(pubSub);
            }
        }
    }

    private void subscribe(PubSubManager pubSub) {
        // example: subscribe-publish
        Subscription orders = pubSub.subscribe("orders", OrderPlaced.class,
                message -> ship(message.data()));
        long receivers = pubSub.publish("orders", new OrderPlaced("o-42", 2));   // 1: this manager
        // end
        assertThat(receivers).isEqualTo(1);
        await().until(() -> shipped.equals(List.of(new OrderPlaced("o-42", 2))));

        // example: errors
        pubSub.onError(error -> alert(error.kind() + " on " + error.channel() + ": " + error.description()));
        // end
        pubSub.subscribe("orders", OrderPlaced.class, message -> {
            throw new IllegalStateException("a handler bug");
        });
        pubSub.publish("orders", new OrderPlaced("o-43", 1));
        await().until(() -> shipped.size() == 2 && alerts.size() == 1);
        assertThat(alerts.get(0).toString()).startsWith("HANDLER_FAILED on orders: ");

        // example: unsubscribe
        orders.close();                        // removes this handler only
        pubSub.unsubscribe("orders");          // removes every handler of the channel: UNSUBSCRIBE
        // end
        assertThat(pubSub.publish("orders", new OrderPlaced("o-44", 1))).isZero();
    }

    private void generic(PubSubManager pubSub) {
        List<List<OrderPlaced>> batches = new CopyOnWriteArrayList<>();
        // example: generic-type
        TypeRef<List<OrderPlaced>> batch = new TypeRef<>() { };
        pubSub.subscribe("orders.batch", batch, message -> batches.add(message.data()));
        pubSub.publish("orders.batch", List.of(new OrderPlaced("o-1", 1), new OrderPlaced("o-2", 4)));
        // end
        await().until(() -> batches.size() == 1);
        assertThat(batches.get(0)).extracting(OrderPlaced::seats).containsExactly(1, 4);
    }

    private void patterns(PubSubManager pubSub) {
        List<String> seen = new CopyOnWriteArrayList<>();
        // example: pattern
        pubSub.psubscribe("venue.*.capacity", Integer.class,
                message -> seen.add(message.channel() + " via " + message.pattern() + " = " + message.data()));
        pubSub.publish("venue.17.capacity", 1200);   // venue.17.capacity via venue.*.capacity = 1200
        // end
        await().until(() -> seen.equals(List.of("venue.17.capacity via venue.*.capacity = 1200")));
        pubSub.punsubscribe("venue.*.capacity");
    }

    private void queries(PubSubManager pubSub) {
        pubSub.subscribe("orders.eu", String.class, message -> { });
        // example: queries
        long subscribers = pubSub.numSubscribers("orders.eu");   // connections, every node of a cluster
        Set<String> active = pubSub.channels("orders.*");        // channels with a subscriber, sorted
        // end
        assertThat(subscribers).isEqualTo(1);
        assertThat(active).containsExactly("orders.batch", "orders.eu");
    }
}
