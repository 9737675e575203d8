package io.redweave.internal;

import io.redweave.RedWeaveException;
import io.redweave.RedisAuthenticationException;
import io.redweave.RedisConnectionException;
import io.redweave.RedisOperationException;
import java.util.NoSuchElementException;
import java.util.function.Supplier;
import redis.clients.jedis.exceptions.JedisAccessControlException;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Turns Jedis exceptions into RedWeave's, once: a broken or unreachable connection, or an exhausted pool, becomes a
 * {@link RedisConnectionException}; refused credentials or a missing ACL permission a
 * {@link RedisAuthenticationException}; any other Redis error becomes a {@link RedisOperationException} carrying
 * the operation and the key. RedWeave's own exceptions pass through unchanged, so nothing is wrapped twice.
 */
public final class RedisErrors {

    private RedisErrors() {
    }

    /** Runs one Redis call, translating its failure. */
    public static <T> T call(String operation, String key, Supplier<T> redisCall) {
        try {
            return redisCall.get();
        } catch (JedisException e) {
            throw translate(operation, key, e);
        }
    }

    /** Runs one Redis call that returns nothing, translating its failure. */
    public static void run(String operation, String key, Runnable redisCall) {
        try {
            redisCall.run();
        } catch (JedisException e) {
            throw translate(operation, key, e);
        }
    }

    /** The RedWeave exception for a Jedis failure of {@code operation} on {@code key} (which may be null). */
    public static RedWeaveException translate(String operation, String key, RuntimeException error) {
        if (error instanceof RedWeaveException) {
            return (RedWeaveException) error;
        }
        String where = key == null ? "" : " on key '" + key + "'";
        if (isAccessDenied(error)) {
            return new RedisAuthenticationException("Redis refused " + operation + where + ": " + error.getMessage()
                    + "; the credentials are wrong or the ACL user lacks a permission RedWeave needs. Retrying does"
                    + " not help: fix the credentials or the user's ACL rule (see docs/security.md)", error);
        }
        if (isConnectionFailure(error)) {
            return new RedisConnectionException("Redis " + operation + where + " failed: Redis could not be reached ("
                    + error.getMessage() + "); check that the server is up and the connection settings are right",
                    error);
        }
        return new RedisOperationException(operation, key, "Redis " + operation + where + " failed: "
                + error.getMessage(), error);
    }

    /** Whether Redis refused the credentials or a permission ({@code WRONGPASS}, {@code NOAUTH}, {@code NOPERM}). */
    public static boolean isAccessDenied(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof JedisAccessControlException || t instanceof RedisAuthenticationException) {
                return true;
            }
        }
        return false;
    }

    /** Whether a failure means Redis could not be reached (as opposed to Redis refusing the command). */
    public static boolean isConnectionFailure(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof JedisConnectionException || t instanceof NoSuchElementException
                    || t instanceof RedisConnectionException) {
                return true;
            }
        }
        return false;
    }
}
