package io.redweave.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.redweave.internal.script.LuaScript;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.resps.Tuple;

/**
 * Regressions of the TypeScript library's rate-limiter defects (seed spec section 10, items 1 to 4), one named
 * test per defect, run on a standalone server and on a cluster. The argument defects (refill 0, max 0) are in
 * {@link RateLimiterArgumentsTest}.
 */
abstract class SeedDefectContract extends RateLimiterContract {
    /** Half the width, in microseconds, of the band of entries placed around the window's boundary. */
    private static final long HALF_BAND = 50_000;
    private static final LuaScript SLIDING_CHECK = LuaScript.fromResource("rl-sliding-check");

    @Test
    void seedDefect1_fixedWindow_firstRequest_setsCountAndExpiryInOneStep() {
        limiter.fixedWindow("fw", 3, MINUTE);

        assertThat(client.get("rl:fw:fw")).isEqualTo("1");
        assertThat(client.pttl("rl:fw:fw")).isBetween(1L, MINUTE.toMillis());
    }

    @Test
    void seedDefect1_fixedWindow_counterLeftWithoutExpiry_getsOneAndUnblocks() {
        client.set("rl:fw:legacy", "3");
        Instant before = Instant.now();

        RateLimitResult denied = limiter.fixedWindow("legacy", 3, SHORT);

        assertThat(client.pttl("rl:fw:legacy")).isBetween(1L, SHORT.toMillis());
        assertDenied(denied, before, SHORT.plusMillis(1));
        waitFor(denied.retryAfter());
        assertThat(limiter.fixedWindow("legacy", 3, SHORT).allowed()).isTrue();
    }

    @Test
    void seedDefect1_fixedWindow_denied_retryAfterInMilliseconds_resetAtNotInThePast() {
        limiter.fixedWindow("ms", 1, Duration.ofMillis(250));
        Instant before = Instant.now();

        RateLimitResult denied = limiter.fixedWindow("ms", 1, Duration.ofMillis(250));

        // The seed rounded windows up to whole seconds and could answer -1.
        assertDenied(denied, before, Duration.ofMillis(251));
        assertThat(denied.resetAt()).isBefore(before.plusMillis(251 + 1000));
    }

    @Test
    void seedDefect2_tokenBucket_400CallsFrom16ThreadsOn4Instances_neverAdmitMoreThanCapacityPlusRefill()
            throws Exception {
        double refillPerSecond = 0.01;
        Hammer.Outcome outcome = Hammer.run(this::connect, l -> l.tokenBucket("hot", 100, refillPerSecond));

        long refilled = (long) Math.floor(refillPerSecond * outcome.elapsed().toNanos() / 1e9);
        assertThat((long) outcome.admitted()).isBetween(100L, 100L + refilled);
    }

    @Test
    void seedDefect2_tokenBucket_serverClockBehindStoredState_takesNoTokensAway() {
        // State written by a node whose clock was an hour ahead (before a failover): elapsed time is negative.
        long anHourAhead = raw.serverMicros("rl:tb:skew") + 3_600_000_000L;
        client.hset("rl:tb:skew", Map.of("t", "5", "ts", Long.toString(anHourAhead)));
        client.pexpire("rl:tb:skew", 60_000);

        RateLimitResult result = limiter.tokenBucket("skew", 10, 1.0);

        assertThat(result).extracting("allowed", "remaining").containsExactly(true, 4L);
    }

    @Test
    void seedDefect3_slidingWindow_permitsInTheSameMicrosecond_countSeparately() {
        RateLimitResult result = limiter.slidingWindow("same", 10, MINUTE, 3);

        List<Tuple> entries = client.zrangeWithScores("rl:sw:same", 0, -1);
        assertThat(result.current()).isEqualTo(3);
        assertThat(entries).hasSize(3);
        assertThat(entries.stream().map(Tuple::getScore).distinct()).hasSize(1);
        String timestamp = String.format("%.0f", entries.get(0).getScore());
        assertThat(entries).extracting(Tuple::getElement).doesNotHaveDuplicates()
                .noneMatch(member -> member.contains(timestamp) || member.contains(timestamp.substring(0, 13)));
    }

    @Test
    void seedDefect3_slidingWindow_concurrentRequests_eachCountOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> threads = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                threads.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < 20; i++) {
                        limiter.slidingWindow("burst", 10_000, MINUTE);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> thread : threads) {
                thread.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(client.zcard("rl:sw:burst")).isEqualTo(320);
        assertThat(limiter.getUsage("burst", MINUTE)).isEqualTo(320);
    }

    @Test
    void seedDefect3_slidingWindow_scoresAreTheServersClockInMicroseconds() {
        long before = raw.serverMicros("rl:sw:clock");
        limiter.slidingWindow("clock", 10, MINUTE);
        long after = raw.serverMicros("rl:sw:clock");

        double score = client.zrangeWithScores("rl:sw:clock", 0, 0).get(0).getScore();
        assertThat((long) score).isBetween(before, after);
    }

    @Test
    void seedDefect4_check_entryExactlyOneWindowOld_isNotCounted() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<?> reply = bandAtTheWindowStart("rl:sw:edge");
            long current = number(reply, 2);
            long reset = number(reply, 3);

            // reset = newest + window - now, and the entries younger than the window are exactly that many.
            assertThat(reset).as("the window's start fell inside the band").isBetween(1L, 2 * HALF_BAND);
            assertThat(current).isEqualTo(reset);
        });
    }

    @Test
    void seedDefect4_slidingWindow_entryExactlyOneWindowOld_isRemoved_likeCheckDoesNotCountIt() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            bandAtTheWindowStart("rl:sw:edge");
            limiter.slidingWindow("edge", 1_000_000_000L, MINUTE);

            long now = (long) client.zrangeWithScores("rl:sw:edge", -1, -1).get(0).getScore();
            long oldest = (long) client.zrangeWithScores("rl:sw:edge", 0, 0).get(0).getScore();
            assertThat(oldest).isEqualTo(now - MINUTE.toNanos() / 1000 + 1);
        });
    }

    /**
     * Fills {@code redisKey} with one entry per microsecond around the instant that will be exactly one window old
     * half a second from now, then polls the read-only check until the window's start has entered the band, and
     * returns that check's reply. Each reply tells how far the band still is ({@code reset - 2 * HALF_BAND}), so
     * the test waits most of that time and polls only the last few milliseconds.
     */
    private List<?> bandAtTheWindowStart(String redisKey) {
        client.del(redisKey);
        raw.band(redisKey, MINUTE.toMillis(), 500_000, HALF_BAND);
        List<String> args = List.of("1000000000", Long.toString(MINUTE.toMillis()));
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (true) {
            List<?> reply = (List<?>) redweave.context().scripts().run(SLIDING_CHECK, List.of(redisKey), args);
            long untilBand = number(reply, 3) - 2 * HALF_BAND;
            if (untilBand <= 0) {
                return reply;
            }
            assertThat(System.nanoTime()).as("the band reached the window's start in time").isLessThan(deadline);
            if (untilBand > 5_000) {
                waitFor(Duration.ofNanos((untilBand - 5_000) * 1000));
            }
        }
    }

    private static long number(List<?> reply, int index) {
        return ((Number) reply.get(index)).longValue();
    }

    @Test
    void seedDefect4_check_entriesThatLeftTheWindow_doNotMakeRetryAfterStale() {
        raw.entryAgo("rl:sw:stale", 180_000_000L, "three-minutes-ago");
        raw.entryAgo("rl:sw:stale", 120_000_000L, "two-minutes-ago");
        raw.entryAgo("rl:sw:stale", 30_000_000L, "half-a-minute-ago");
        Instant before = Instant.now();

        RateLimitResult result = limiter.check("stale", 1, MINUTE);

        assertThat(result.current()).isEqualTo(1);
        assertDenied(result, before, Duration.ofSeconds(30));
        assertThat(result.retryAfter()).isGreaterThan(Duration.ofSeconds(29));
    }

    @Test
    void seedDefect4_checkAndGetUsage_onAKeyUsedByOtherAlgorithms_neverFailWithWrongType() {
        limiter.fixedWindow("shared", 5, MINUTE);
        limiter.tokenBucket("shared", 5, 1.0);
        limiter.gcra("shared", 5, MINUTE);

        assertThat(limiter.check("shared", 5, MINUTE)).extracting("allowed", "current").containsExactly(true, 0L);
        assertThat(limiter.getUsage("shared", MINUTE)).isZero();
        assertThat(limiter.slidingWindow("shared", 5, MINUTE).allowed()).isTrue();
        assertThat(List.of("rl:sw:shared", "rl:fw:shared", "rl:tb:shared", "rl:gcra:shared"))
                .extracting(client::type).containsExactly("zset", "string", "hash", "string");
    }
}
