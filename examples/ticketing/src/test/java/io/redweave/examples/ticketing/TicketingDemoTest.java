package io.redweave.examples.ticketing;

import static org.assertj.core.api.Assertions.assertThat;

import io.redweave.RedisConfig;
import io.redweave.examples.ticketing.demo.Demo;
import io.redweave.test.RedisServer;
import io.redweave.test.RedisTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The demo the README's first command runs: every step happens, and the report says so. */
@RedisTest
class TicketingDemoTest {

    @Test
    void demo_showsEveryStep_andPassesEveryCheck(RedisServer server) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        boolean passed = Demo.run(RedisConfig.builder().url(server.uri()).build(),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));

        String report = bytes.toString(StandardCharsets.UTF_8);
        assertThat(passed).as(report).isTrue();
        assertThat(report)
                .containsPattern("A GET  /events/evt-1 +200 +[0-9.]+ ms  miss: 1 catalog query; stored at"
                        + " ticketing:cache:event:evt-1")
                .containsPattern("A GET  /events/evt-1 +200 +[0-9.]+ ms  hit: no catalog query; served from Redis")
                .contains("hit: no catalog query; cached by A, shared through Redis")
                .contains("-> price 55; ticketing:cache:event:evt-1 deleted")
                .contains("miss: 1 catalog query; fresh load, price 55")
                .contains("3. Sessions: at most 2 per user, policy EVICT_OLDEST")
                .containsPattern("\\(2 of 2\\), evicted [0-9a-f]{8}… \\(the oldest\\)")
                .containsPattern("/me/tickets +401 .* does not exist or has expired")
                .containsPattern("/events/evt-2/tickets +429 +[0-9.]+ ms  Retry-After: [1-9][0-9]* s")
                .contains("B received tkt-1 (1 x evt-2 for ada, sold by A)")
                .contains("B received tkt-3")
                .contains("stream ticketing:stream:sales, newest first: tkt-3, tkt-2, tkt-1")
                .contains("evt-1, 5 views")
                .contains("\"healthy\":true")
                .containsPattern("All [0-9]+ checks passed\\.");
    }
}
