package io.redweave.pubsub;

import static org.assertj.core.api.Assertions.assertThat;

import io.redweave.RedWeave;
import io.redweave.codec.TypeRef;
import io.redweave.test.RedisServer;
import io.redweave.test.RedisTest;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Messages keep their declared types on the way through Redis (seed defects 16 and 17). */
@RedisTest
class PubSubTypingTest {
    record Order(String id, int quantity, Instant placedAt) {
    }

    private static final TypeRef<List<Order>> ORDERS = new TypeRef<>() {
    };

    private static RedWeave redweave;
    private static PubSubManager pubSub;

    @BeforeAll
    static void open(RedisServer server) {
        redweave = PubSubManagers.standalone(server.uri());
        pubSub = PubSubManagers.of(redweave);
    }

    @AfterAll
    static void close() {
        pubSub.close();
        redweave.close();
    }

    @Test
    void record_roundTrips_withChannelAndReceiveTime() {
        Inbox<Order> inbox = new Inbox<>();
        pubSub.subscribe("typing.order", Order.class, inbox);
        Order order = new Order("o-1", 3, Instant.parse("2024-01-01T10:15:30.123Z"));
        Instant before = Instant.now();

        assertThat(pubSub.publish("typing.order", order)).isEqualTo(1);

        assertThat(inbox.awaitCount(1)).containsExactly(order);
        Message<Order> message = inbox.messages().get(0);
        assertThat(message.channel()).isEqualTo("typing.order");
        assertThat(message.pattern()).isNull();
        assertThat(message.matchedPattern()).isFalse();
        assertThat(message.receivedAt()).isBetween(before, Instant.now());
    }

    @Test
    void listOfRecords_roundTrips_throughTypeRef() {
        Inbox<List<Order>> inbox = new Inbox<>();
        pubSub.subscribe("typing.orders", ORDERS, inbox);
        List<Order> orders = List.of(new Order("o-1", 1, Instant.EPOCH), new Order("o-2", 2, Instant.EPOCH));

        pubSub.publish("typing.orders", orders);

        assertThat(inbox.awaitCount(1)).containsExactly(orders);
        assertThat(inbox.data().get(0).get(0)).isInstanceOf(Order.class);
    }

    @Test
    void seedDefect16_stringPayload123_arrivesAsTheString123() {
        Inbox<String> strings = new Inbox<>();
        Inbox<Object> untyped = new Inbox<>();
        pubSub.subscribe("typing.id", String.class, strings);
        pubSub.subscribe("typing.id", Object.class, untyped);

        pubSub.publish("typing.id", "123");

        assertThat(strings.awaitCount(1)).containsExactly("123");
        assertThat(untyped.awaitCount(1)).containsExactly("123");
        assertThat(untyped.data().get(0)).isInstanceOf(String.class);
    }

    @Test
    void seedDefect17_stringsThatLookLikeJson_stayStrings() {
        Inbox<String> inbox = new Inbox<>();
        pubSub.subscribe("typing.json-like", String.class, inbox);
        List<String> values = List.of("123", "true", "null", "\"x\"", "[1,2]", "{\"a\":1}",
                "12345678901234567890", "0123", "1e21");

        values.forEach(value -> pubSub.publish("typing.json-like", value));

        assertThat(inbox.awaitCount(values.size())).containsExactlyElementsOf(values);
    }

    @Test
    void seedDefect17_emptyStringAndNull_stayDistinct() {
        Inbox<String> inbox = new Inbox<>();
        pubSub.subscribe("typing.empty", String.class, inbox);

        pubSub.publish("typing.empty", "");
        pubSub.publish("typing.empty", null);

        assertThat(inbox.awaitCount(2)).containsExactly("", null);
    }

    @Test
    void seedDefect17_instantsAndBigNumbers_roundTripWithTheirTypes() {
        Inbox<Instant> instants = new Inbox<>();
        Inbox<BigInteger> numbers = new Inbox<>();
        pubSub.subscribe("typing.instant", Instant.class, instants);
        pubSub.subscribe("typing.bigint", BigInteger.class, numbers);
        Instant instant = Instant.parse("2024-02-29T23:59:59.999999Z");
        BigInteger big = new BigInteger("123456789012345678901234567890");

        pubSub.publish("typing.instant", instant);
        pubSub.publish("typing.bigint", big);

        assertThat(instants.awaitCount(1)).containsExactly(instant);
        assertThat(numbers.awaitCount(1)).containsExactly(big);
    }

    @Test
    void seedDefect17_typeAndValueProperties_areNotSpoofedIntoOtherTypes() {
        Inbox<Map<String, Object>> inbox = new Inbox<>();
        pubSub.subscribe("typing.spoof", new TypeRef<Map<String, Object>>() {
        }, inbox);
        Map<String, Object> spoof = Map.of("__type", "Date", "__value", "2024-01-01T00:00:00.000Z");

        pubSub.publish("typing.spoof", spoof);

        assertThat(inbox.awaitCount(1)).containsExactly(spoof);
    }

    @Test
    void publish_encodesStringsAsJsonStrings_onTheWire() {
        try (RawSubscriber raw = RawSubscriber.open(redweave, "typing.wire")) {
            pubSub.publish("typing.wire", "123");

            assertThat(new String(raw.next(), StandardCharsets.UTF_8)).isEqualTo("\"123\"");
        }
    }

    @Test
    void subscribers_ofDifferentTypes_eachGetTheirOwnDecoding() {
        Inbox<Order> orders = new Inbox<>();
        Inbox<Map<String, Object>> maps = new Inbox<>();
        pubSub.subscribe("typing.two-types", Order.class, orders);
        pubSub.subscribe("typing.two-types", new TypeRef<Map<String, Object>>() {
        }, maps);

        pubSub.publish("typing.two-types", new Order("o-9", 9, Instant.EPOCH));

        assertThat(orders.awaitCount(1)).containsExactly(new Order("o-9", 9, Instant.EPOCH));
        assertThat(maps.awaitCount(1).get(0)).containsEntry("id", "o-9").containsEntry("quantity", 9);
        assertThat(Arrays.asList(orders.data().get(0).id(), maps.data().get(0).get("id"))).containsOnly("o-9");
    }
}
