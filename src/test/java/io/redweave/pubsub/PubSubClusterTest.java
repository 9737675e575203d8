package io.redweave.pubsub;

import static org.assertj.core.api.Assertions.assertThat;
import static io.redweave.pubsub.Waits.await;

import io.redweave.RedWeave;
import io.redweave.test.RedisCluster;
import io.redweave.test.RedisClusterTest;
import io.redweave.test.RedisServer;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Classic pub/sub on a Redis Cluster: messages are broadcast to every node, while {@code PUBSUB NUMSUB} and the
 * count {@code PUBLISH} returns only see the node asked.
 */
@RedisClusterTest(masters = 3)
class PubSubClusterTest {
    record Alert(String id, int level) {
    }

    @Test
    void publishThroughAnyNode_reachesTheSubscriberOnAnotherNode_andCountsAreHonest(RedisCluster cluster) {
        try (RedWeave redweave = PubSubManagers.cluster(cluster.seedNodes());
                PubSubManager pubSub = PubSubManagers.of(redweave)) {
            Inbox<Alert> inbox = new Inbox<>();
            pubSub.subscribe("alerts", Alert.class, inbox);

            List<Long> perNode = cluster.masters().stream().map(node -> Probe.numSub(node, "alerts"))
                    .collect(Collectors.toList());
            assertThat(perNode).as("NUMSUB on each node sees only its own subscribers")
                    .containsOnly(0L, 1L).containsOnlyOnce(1L);
            assertThat(pubSub.numSubscribers("alerts")).as("the sum over every node").isEqualTo(1);
            assertThat(pubSub.channels("alert*")).containsExactly("alerts");

            int level = 0;
            for (RedisServer node : cluster.masters()) {
                long local = Probe.numSub(node, "alerts");
                long receivers = Probe.publishRaw(node, "alerts", "{\"id\":\"raw\",\"level\":" + level++ + "}");
                assertThat(receivers).as("PUBLISH counts the receivers on the node it ran on").isEqualTo(local);
            }
            assertThat(inbox.awaitCount(3)).as("messages published on different nodes reach the subscriber over the cluster bus, in no set order").extracting(Alert::level).containsExactlyInAnyOrder(0, 1, 2);

            pubSub.publish("alerts", new Alert("typed", 9));
            assertThat(inbox.awaitCount(4)).last().isEqualTo(new Alert("typed", 9));
        }
    }

    @Test
    void twoManagers_onTwoInstances_areCountedAcrossTheCluster_andCloseUnsubscribes(RedisCluster cluster) {
        try (RedWeave first = PubSubManagers.cluster(cluster.seedNodes());
                RedWeave second = PubSubManagers.cluster(cluster.seedNodes())) {
            PubSubManager one = PubSubManagers.of(first);
            PubSubManager two = PubSubManagers.of(second);
            try {
                Inbox<String> inboxOne = new Inbox<>();
                Inbox<String> inboxTwo = new Inbox<>();
                one.subscribe("cluster.news", String.class, inboxOne);
                two.psubscribe("cluster.*", String.class, inboxTwo);
                two.subscribe("cluster.news", String.class, inboxTwo);
                assertThat(one.numSubscribers("cluster.news")).isEqualTo(2);

                one.close();

                assertThat(two.numSubscribers("cluster.news")).isEqualTo(1);
                two.publish("cluster.news", "still here");
                assertThat(inboxTwo.awaitCount(2)).containsExactly("still here", "still here");
                assertThat(inboxTwo.messages()).extracting(Message::pattern)
                        .containsExactlyInAnyOrder(null, "cluster.*");
                two.close();
                await().until(() -> cluster.masters().stream()
                        .allMatch(node -> Probe.numSub(node, "cluster.news") == 0 && Probe.numPat(node) == 0));
                inboxOne.assertStays(0);
            } finally {
                one.close();
                two.close();
            }
        }
    }
}
