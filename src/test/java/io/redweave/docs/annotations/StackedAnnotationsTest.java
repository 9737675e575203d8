package io.redweave.docs.annotations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redweave.RateLimitExceededException;
import io.redweave.RedWeave;
import io.redweave.SessionNotFoundException;
import io.redweave.test.RedisServer;
import io.redweave.test.RedisTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The stacking order the pages describe, shown with {@link Checkout}. */
@RedisTest
class StackedAnnotationsTest {
    private RedWeave redweave;
    private Checkout checkout;

    @BeforeEach
    void connect(RedisServer server) {
        redweave = Woven.redweave(server);
        checkout = Woven.woven(redweave, Checkout.class);
    }

    @AfterEach
    void close() {
        redweave.close();
    }

    @Test
    void noSession_noRateLimitCount_noCacheRead() {
        assertThatThrownBy(() -> checkout.quote("s-none", "e-1")).isInstanceOf(SessionNotFoundException.class);

        assertThat(redweave.client().exists("rl:sw:quote:s-none")).isFalse();
        assertThat(checkout.runs()).isZero();
    }

    @Test
    void aCacheHit_stillCountsAgainstTheRateLimit() {
        redweave.sessions().createSession("s-1", "alice");

        for (int call = 1; call <= 10; call++) {
            assertThat(checkout.quote("s-1", "e-1")).isEqualTo("alice: 2 x e-1 = 90.00 EUR");
        }
        assertThatThrownBy(() -> checkout.quote("s-1", "e-1")).isInstanceOf(RateLimitExceededException.class);
        assertThat(checkout.runs()).isEqualTo(1);
    }
}
