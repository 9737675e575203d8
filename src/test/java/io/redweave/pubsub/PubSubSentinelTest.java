package io.redweave.pubsub;

import static io.redweave.pubsub.Waits.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.redweave.RedWeave;
import io.redweave.pubsub.PubSubError.Kind;
import io.redweave.test.RedisSentinel;
import io.redweave.test.RedisSentinelTest;
import io.redweave.test.RedisServer;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Pub/sub in Sentinel mode: after a failover the subscriber follows the new master. */
@RedisSentinelTest(replicas = 1, sentinels = 3, masterName = "mymaster")
class PubSubSentinelTest {

    @Test
    @Timeout(60)
    void subscriber_followsTheNewMaster_afterTheMasterIsKilled(RedisSentinel sentinel) {
        RedisServer formerMaster = sentinel.awaitMaster();
        try (RedWeave redweave = PubSubManagers.sentinel(sentinel.masterName(), sentinel.sentinelNodes());
                PubSubManager pubSub = PubSubManagers.of(redweave)) {
            Events events = new Events();
            pubSub.onError(events);
            Inbox<String> inbox = new Inbox<>();
            pubSub.subscribe("failover", String.class, inbox);
            assertThat(pubSub.publish("failover", "before")).isEqualTo(1);
            inbox.awaitCount(1);

            formerMaster.kill();

            events.await(Kind.CONNECTION_LOST, 1);
            await().atMost(Duration.ofSeconds(30)).until(() -> !events.of(Kind.RESUBSCRIBED).isEmpty());
            RedisServer newMaster = sentinel.awaitMaster();
            assertThat(newMaster).isNotSameAs(formerMaster);
            assertThat(Probe.numSub(newMaster, "failover")).isEqualTo(1);
            await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
                    .until(() -> pubSub.publish("failover", "after") >= 1);
            assertThat(inbox.awaitCount(2)).startsWith("before").contains("after");
        }
    }
}
