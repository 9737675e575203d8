package io.redweave.internal.ratelimit;

import static io.redweave.internal.ratelimit.RateLimitArguments.count;
import static io.redweave.internal.ratelimit.RateLimitArguments.key;
import static io.redweave.internal.ratelimit.RateLimitArguments.millis;
import static io.redweave.internal.ratelimit.RateLimitArguments.permits;

import io.redweave.internal.RedisContext;
import io.redweave.internal.RedisErrors;
import io.redweave.internal.script.LuaScript;
import io.redweave.internal.script.ScriptRunner;
import io.redweave.ratelimit.RateLimitResult;
import io.redweave.ratelimit.RateLimiter;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import redis.clients.jedis.UnifiedJedis;

/**
 * The {@link RateLimiter} on Jedis: each check validates its arguments and runs one Lua script on one key.
 *
 * <p>Scripts (in {@code io/redweave/scripts/}): {@code rl-sliding-window}, {@code rl-fixed-window},
 * {@code rl-token-bucket} and {@code rl-gcra} decide and record; {@code rl-sliding-check} is the read-only view
 * behind {@link #check} and {@link #getUsage}. All of them reply {@code {allowed, remaining, current, reset in
 * us, retry after in us}}. Keys are laid out by {@link RateLimitKeys}.
 */
public final class JedisRateLimiter implements RateLimiter {
    static final LuaScript SLIDING_WINDOW = LuaScript.fromResource("rl-sliding-window");
    static final LuaScript SLIDING_CHECK = LuaScript.fromResource("rl-sliding-check");
    static final LuaScript FIXED_WINDOW = LuaScript.fromResource("rl-fixed-window");
    static final LuaScript TOKEN_BUCKET = LuaScript.fromResource("rl-token-bucket");
    static final LuaScript GCRA = LuaScript.fromResource("rl-gcra");

    private final UnifiedJedis client;
    private final ScriptRunner scripts;
    private final RateLimitKeys keys;
    private final Nonces nonces = new Nonces();

    /** Creates the rate limiter of one RedWeave instance. */
    public JedisRateLimiter(RedisContext context) {
        Objects.requireNonNull(context, "context");
        this.client = context.client();
        this.scripts = context.scripts();
        this.keys = new RateLimitKeys(context.keys());
    }

    @Override
    public RateLimitResult slidingWindow(String key, long max, Duration window, long permits) {
        String redisKey = keys.slidingWindow(key(key));
        count("max", max);
        long windowMillis = millis("window", window);
        permits("permits", permits, "max", max);
        Object reply = scripts.run(SLIDING_WINDOW, List.of(redisKey),
                List.of(Long.toString(max), Long.toString(windowMillis), Long.toString(permits), nonces.next()));
        return ScriptReplies.result(reply, max);
    }

    @Override
    public RateLimitResult fixedWindow(String key, long max, Duration window, long permits) {
        String redisKey = keys.fixedWindow(key(key));
        count("max", max);
        long windowMillis = millis("window", window);
        permits("permits", permits, "max", max);
        Object reply = scripts.run(FIXED_WINDOW, List.of(redisKey),
                List.of(Long.toString(max), Long.toString(windowMillis), Long.toString(permits)));
        return ScriptReplies.result(reply, max);
    }

    @Override
    public RateLimitResult tokenBucket(String key, long capacity, double refillPerSecond, long tokens) {
        String redisKey = keys.tokenBucket(key(key));
        count("capacity", capacity);
        RateLimitArguments.rate("refillPerSecond", refillPerSecond);
        permits("tokens", tokens, "capacity", capacity);
        RateLimitArguments.refillTime(capacity, refillPerSecond);
        Object reply = scripts.run(TOKEN_BUCKET, List.of(redisKey),
                List.of(Long.toString(capacity), Double.toString(refillPerSecond), Long.toString(tokens)));
        return ScriptReplies.result(reply, capacity);
    }

    @Override
    public RateLimitResult gcra(String key, long limit, Duration period, long burst, long permits) {
        String redisKey = keys.gcra(key(key));
        count("limit", limit);
        long periodMicros = RateLimitArguments.micros("period", period);
        count("burst", burst);
        permits("permits", permits, "burst", burst);
        long interval = RateLimitArguments.gcraInterval(limit, periodMicros, period, burst);
        Object reply = scripts.run(GCRA, List.of(redisKey),
                List.of(Long.toString(interval), Long.toString(burst), Long.toString(permits)));
        return ScriptReplies.result(reply, burst);
    }

    @Override
    public RateLimitResult check(String key, long max, Duration window) {
        String redisKey = keys.slidingWindow(key(key));
        count("max", max);
        long windowMillis = millis("window", window);
        Object reply = scripts.run(SLIDING_CHECK, List.of(redisKey),
                List.of(Long.toString(max), Long.toString(windowMillis)));
        return ScriptReplies.result(reply, max);
    }

    @Override
    public long getUsage(String key, Duration window) {
        String redisKey = keys.slidingWindow(key(key));
        long windowMillis = millis("window", window);
        Object reply = scripts.run(SLIDING_CHECK, List.of(redisKey),
                List.of(Long.toString(RateLimitArguments.MAX_COUNT), Long.toString(windowMillis)));
        return ScriptReplies.current(reply);
    }

    /** Unlinks the four algorithms' keys one by one: they live in different hash slots on a cluster. */
    @Override
    public boolean reset(String key) {
        key(key);
        long removed = 0;
        for (String redisKey : keys.all(key)) {
            removed += RedisErrors.call("reset", redisKey, () -> client.unlink(redisKey));
        }
        return removed > 0;
    }
}
