package io.redweave.pubsub;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;

/** Awaiting conditions: checked at once, then every 10 ms, for up to 10 s. */
final class Waits {

    private Waits() {
    }

    static ConditionFactory await() {
        return Awaitility.await().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(10))
                .atMost(Duration.ofSeconds(10));
    }
}
