package io.redweave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redweave.pubsub.PubSubManager;
import io.redweave.session.SessionConfig;
import io.redweave.test.RedisServer;
import io.redweave.test.RedisTest;
import java.time.Duration;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

@RedisTest
class RedWeaveManagersTest {
    private final RedisServer server;

    RedWeaveManagersTest(RedisServer server) {
        this.server = server;
    }

    private RedWeave connect() {
        return RedWeave.builder().config(RedisConfig.builder().url(server.uri()).build()).build();
    }

    @Test
    void managers_areCreatedOncePerInstance() {
        try (RedWeave redweave = connect(); RedWeave other = connect()) {
            assertThat(redweave.cache()).isSameAs(redweave.cache()).isNotSameAs(other.cache());
            assertThat(redweave.rateLimiter()).isSameAs(redweave.rateLimiter());
            assertThat(redweave.sessions()).isSameAs(redweave.sessions(SessionConfig.defaults()));
            SessionConfig strict = SessionConfig.builder().maxSessionsPerUser(1).build();
            assertThat(redweave.sessions(strict)).isSameAs(redweave.sessions(strict))
                    .isNotSameAs(redweave.sessions());
            assertThat(redweave.pubSub()).isSameAs(redweave.pubSub());
            assertThat(redweave.interceptor()).isSameAs(redweave.interceptor());
            assertThat(redweave.hashes()).isSameAs(redweave.hashes());
        }
    }

    @Test
    void pubSub_closedByACaller_isReplacedByAWorkingOne() {
        try (RedWeave redweave = connect()) {
            PubSubManager first = redweave.pubSub();
            first.close();
            PubSubManager second = redweave.pubSub();
            assertThat(second).isNotSameAs(first);
            CopyOnWriteArrayList<String> received = new CopyOnWriteArrayList<>();
            second.subscribe("rw:news", String.class, message -> received.add(message.data()));
            redweave.pubSub().publish("rw:news", "hello");
            Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> received.contains("hello"));
        }
    }

    @Test
    void close_closesThePubSubManager_andAccessorsFailClearly() {
        RedWeave redweave = connect();
        PubSubManager pubSub = redweave.pubSub();
        pubSub.subscribe("rw:x", String.class, message -> { });
        redweave.close();
        assertThatThrownBy(() -> pubSub.subscribe("rw:y", String.class, message -> { }))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(redweave::cache).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
        assertThatThrownBy(redweave::streams).isInstanceOf(IllegalStateException.class);
    }
}
