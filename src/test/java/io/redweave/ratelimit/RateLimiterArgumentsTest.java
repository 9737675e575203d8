package io.redweave.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redweave.RedWeave;
import io.redweave.RedisConfig;
import io.redweave.test.RedisServer;
import io.redweave.test.RedisTest;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Wrong arguments are rejected before anything reaches Redis, with a message naming the value and the rule. */
@RedisTest
class RateLimiterArgumentsTest {
    private static final Duration MINUTE = Duration.ofMinutes(1);

    private static RedWeave redweave;
    private static RateLimiter limiter;

    @BeforeAll
    static void connect(RedisServer server) {
        server.flushAll();
        redweave = RedWeave.builder().config(RedisConfig.builder().url(server.uri()).build()).build();
        limiter = RateLimiterContract.rateLimiter(redweave);
    }

    @AfterAll
    static void close() {
        assertThat(redweave.scanner().scanKeys("*", 10)).as("nothing was written").isEmpty();
        redweave.close();
    }

    @Test
    void seedDefect2_tokenBucket_zeroRefill_isRejectedWithClearMessage() {
        assertThatThrownBy(() -> limiter.tokenBucket("k", 10, 0.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("refillPerSecond 0.0 is invalid: it must be a finite positive number of tokens per second");
    }

    @Test
    void seedDefect3_slidingWindow_maxZero_isRejectedWithClearMessage() {
        assertThatThrownBy(() -> limiter.slidingWindow("k", 0, MINUTE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("max 0 is invalid: it must be positive");
    }

    @Test
    void nullKey_isRejected() {
        assertThatThrownBy(() -> limiter.fixedWindow(null, 1, MINUTE)).isInstanceOf(NullPointerException.class)
                .hasMessage("key must not be null");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongArguments")
    void wrongArgument_isRejectedWithTheValueAndTheRule(String message, Consumer<RateLimiter> call) {
        assertThatThrownBy(() -> call.accept(limiter)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(message);
    }

    static Stream<Arguments> wrongArguments() {
        Duration tooLong = Duration.ofDays(3651);
        return Stream.of(
                wrong("max -1 is invalid: it must be positive", l -> l.slidingWindow("k", -1, MINUTE)),
                wrong("max 9007199254740992 is invalid: it must be at most 9007199254740991",
                        l -> l.slidingWindow("k", 1L << 53, MINUTE)),
                wrong("window PT0S is invalid: it must be positive", l -> l.slidingWindow("k", 1, Duration.ZERO)),
                wrong("window PT-1S is invalid: it must be positive",
                        l -> l.fixedWindow("k", 1, Duration.ofSeconds(-1))),
                wrong("window PT87624H is invalid: it must be at most 3650 days", l -> l.fixedWindow("k", 1, tooLong)),
                wrong("permits 0 is invalid: it must be positive", l -> l.slidingWindow("k", 5, MINUTE, 0)),
                wrong("permits 6 is invalid: it must not exceed max 5", l -> l.slidingWindow("k", 5, MINUTE, 6)),
                wrong("permits 6 is invalid: it must not exceed max 5", l -> l.fixedWindow("k", 5, MINUTE, 6)),
                wrong("max 0 is invalid: it must be positive", l -> l.fixedWindow("k", 0, MINUTE)),
                wrong("capacity 0 is invalid: it must be positive", l -> l.tokenBucket("k", 0, 1.0)),
                wrong("refillPerSecond -1.0 is invalid", l -> l.tokenBucket("k", 10, -1.0)),
                wrong("refillPerSecond NaN is invalid", l -> l.tokenBucket("k", 10, Double.NaN)),
                wrong("refillPerSecond Infinity is invalid", l -> l.tokenBucket("k", 10, Double.POSITIVE_INFINITY)),
                wrong("tokens 0 is invalid: it must be positive", l -> l.tokenBucket("k", 10, 1.0, 0)),
                wrong("tokens 11 is invalid: it must not exceed capacity 10", l -> l.tokenBucket("k", 10, 1.0, 11)),
                wrong("refillPerSecond 1.0E-9 is invalid for capacity 10: the bucket would take",
                        l -> l.tokenBucket("k", 10, 1e-9)),
                wrong("limit 0 is invalid: it must be positive", l -> l.gcra("k", 0, MINUTE)),
                wrong("period PT0S is invalid: it must be positive", l -> l.gcra("k", 1, Duration.ZERO)),
                wrong("burst 0 is invalid: it must be positive", l -> l.gcra("k", 10, MINUTE, 0, 1)),
                wrong("permits 4 is invalid: it must not exceed burst 3", l -> l.gcra("k", 10, MINUTE, 3, 4)),
                wrong("limit 2000 is invalid for period PT0.001S: GCRA spaces requests at least 1 microsecond apart",
                        l -> l.gcra("k", 2000, Duration.ofMillis(1))),
                wrong("burst 9007199254740991 is invalid for limit 1 per PT1M",
                        l -> l.gcra("k", 1, MINUTE, (1L << 53) - 1, 1)),
                wrong("max 0 is invalid: it must be positive", l -> l.check("k", 0, MINUTE)),
                wrong("window PT0S is invalid: it must be positive", l -> l.check("k", 1, Duration.ZERO)),
                wrong("window PT0S is invalid: it must be positive", l -> l.getUsage("k", Duration.ZERO)),
                wrong("key '' is invalid: it must not be empty", l -> l.reset("")));
    }

    private static Arguments wrong(String message, Consumer<RateLimiter> call) {
        return Arguments.of(message, call);
    }
}
