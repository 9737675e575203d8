package io.redweave.docs.annotations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.redweave.RedWeave;
import io.redweave.RedisConnectionException;
import io.redweave.test.RedisServer;
import io.redweave.test.RedisTest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The examples of {@code docs/failure-policies.md}: each policy with Redis down, the breaker, and recovery. */
@RedisTest
class FailurePolicyExamplesTest {
    private RedWeave redweave;
    private PriceService prices;

    @BeforeEach
    void connect(RedisServer server) {
        redweave = Woven.redweave(server);
        prices = Woven.woven(redweave, PriceService.class);
    }

    @AfterEach
    void close() {
        redweave.close();
    }

    // example: failure-caller
    static Reply quote(PriceService prices, String sku) {
        try {
            return new Reply(200, Map.of(), Long.toString(prices.quote(sku)));
        } catch (RedisConnectionException e) {             // Redis unreachable, or its circuit open: at once
            return new Reply(503, Map.of("Retry-After", "1"), "quotes are unavailable, try again in a moment");
        }
    }
    // end

    @Test
    void redisDown_failOpenRuns_failClosedThrows_theBreakerOpens_andAllRecovers(RedisServer server) {
        server.stop();

        for (int call = 1; call <= 3; call++) {
            assertThat(prices.price("sku-1")).isEqualTo(4_500);
        }
        assertThat(prices.runs()).isEqualTo(3);
        assertThat(Woven.core(redweave).breakerState()).isEqualTo("OPEN");
        assertThatThrownBy(() -> prices.quote("sku-1")).isInstanceOf(RedisConnectionException.class)
                .hasMessageStartingWith("Redis at " + redweave.config().describeTarget() + " is unavailable (circuit"
                        + " open after repeated connection failures; the last: ")
                .hasMessageEndingWith("); cache lookup of 'quote:sku-1' was not attempted. It is retried automatically.");
        assertThat(quote(prices, "sku-1").status()).isEqualTo(503);

        server.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> quote(prices, "sku-1").status() == 200);
        assertThat(Woven.core(redweave).breakerState()).isEqualTo("CLOSED");
        prices.price("sku-1");
        assertThat(redweave.cache().exists("price:sku-1")).isTrue();
    }
}
