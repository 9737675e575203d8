package io.redweave.key;

import static io.redweave.key.KeyPrefix.ANALYTICS;
import static io.redweave.key.KeyPrefix.CACHE;
import static io.redweave.key.KeyPrefix.LOCK;
import static io.redweave.key.KeyPrefix.QUEUE_LOCK;
import static io.redweave.key.KeyPrefix.RATE_LIMIT;
import static io.redweave.key.KeyPrefix.SESSION;
import static io.redweave.key.KeyPrefix.SESSION_SUMMARY;
import static io.redweave.key.KeyPrefix.USER_SESSIONS;

/**
 * The patterns of the keys a {@link KeyBuilder} writes, for scanning and deleting them: the seed's
 * {@code pattern} helpers, with its defects fixed (see {@code docs/key-templates.md}).
 *
 * <p>Parts are encoded, so an argument such as {@code "*"} can never widen a pattern. Instances are
 * immutable and thread-safe.
 */
public final class KeyPatterns {
    private final KeyBuilder keys;

    KeyPatterns(KeyBuilder keys) {
        this.keys = keys;
    }

    /**
     * Every session key ({@code session:*}), and not the session summaries: its {@link KeyPattern#matches}
     * accepts one part after the prefix, and a summary key {@code session:summary:<id>} has two.
     */
    public KeyPattern allSessions() {
        return KeyPattern.onePart(keys.start(SESSION).toString());
    }

    /** Every session summary key ({@code session:summary:*}). */
    public KeyPattern allSessionSummaries() {
        return KeyPattern.onePart(keys.start(SESSION_SUMMARY).toString());
    }

    /**
     * The one key that indexes a user's sessions ({@code user:sessions:<userId>}): exact, like the
     * seed, because a wildcard after the id would also match other users' ids that start with it.
     */
    public KeyPattern userSessions(String userId) {
        return KeyPattern.exact(keys.userSessions(userId));
    }

    /** Every user's session index ({@code user:sessions:*}). */
    public KeyPattern allUserSessions() {
        return KeyPattern.onePart(keys.start(USER_SESSIONS).toString());
    }

    /** Every cache key ({@code cache:*}). */
    public KeyPattern allCache() {
        return KeyPattern.startingWith(keys.start(CACHE).toString());
    }

    /** Every cache key of one type ({@code cache:<type>:*}). */
    public KeyPattern cacheByType(String type) {
        return KeyPattern.startingWith(keys.start(CACHE).append(keys.part("type", type)).append(':').toString());
    }

    /** Every lock key ({@code lock:*}); queue locks have their own pattern, {@link #allQueueLocks()}. */
    public KeyPattern allLocks() {
        return KeyPattern.startingWith(keys.start(LOCK).toString());
    }

    /** Every queue lock key ({@code queue:lock:*}). */
    public KeyPattern allQueueLocks() {
        return KeyPattern.startingWith(keys.start(QUEUE_LOCK).toString());
    }

    /** Every rate-limit key of one type ({@code rl:<type>:*}). */
    public KeyPattern rateLimitByType(String type) {
        return KeyPattern.startingWith(keys.start(RATE_LIMIT).append(keys.part("type", type)).append(':').toString());
    }

    /** Every analytics key of one type ({@code analytics:<type>:*}). */
    public KeyPattern analyticsBy(String type) {
        return KeyPattern.startingWith(keys.start(ANALYTICS).append(keys.part("type", type)).append(':').toString());
    }
}
