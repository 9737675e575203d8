package io.redweave.scan;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A scanner walks the keys that match a glob pattern with {@code SCAN}, so that Redis is never blocked the way
 * {@code KEYS} blocks it.
 *
 * <p>Patterns are Redis glob patterns: {@code *}, {@code ?}, {@code [abc]}, and {@code \} to take the next
 * character literally. A key whose name contains a glob character is matched by escaping it:
 * {@code tag:a\*b} matches the key {@code tag:a*b} only.
 *
 * <p>In a Redis Cluster every call covers every master, one after the other; replicas are never scanned.
 * Deletions go to the node that holds the keys, grouped by hash slot, so they never raise {@code CROSSSLOT}.
 *
 * <p>What {@code SCAN} guarantees, a scanner inherits: a key that exists for the whole scan is found; a key
 * created or deleted during the scan may or may not be; and Redis may return a key more than once. The methods
 * that collect or count keys return each key once; {@link #scan} hands over the batches as Redis returns them.
 *
 * <p>Every method takes {@code COUNT} from {@link #withCount} (default 1000: a hint of how many entries Redis
 * examines per call, which keeps each call well under a millisecond on a large database while needing few round
 * trips). {@link #withType} restricts a scan to keys of one type on the server side ({@code SCAN ... TYPE},
 * Redis 6.0 or newer).
 *
 * <p>A failure of Redis is a {@link io.redweave.RedisScanException} naming the pattern, whose cause is the
 * client's error. An exception thrown by a consumer or a predicate passed in is the caller's: it propagates
 * as it is, and the scan stops. Implementations are thread-safe.
 */
public interface Scanner {

    /**
     * Hands every batch of matching keys to {@code batchConsumer}, in the order Redis returns them; empty
     * batches are skipped. A key may appear in more than one batch (see the class documentation). The consumer
     * runs on the calling thread while the scan holds one connection of the pool.
     */
    void scan(String pattern, Consumer<List<String>> batchConsumer);

    /**
     * Returns up to {@code limit} distinct matching keys, in the order found. Reaching the limit ends the scan
     * early and returns what was found; it is not an error.
     *
     * @throws IllegalArgumentException when {@code limit} is not positive
     */
    List<String> scanKeys(String pattern, int limit);

    /**
     * Deletes every matching key with {@code UNLINK} (memory is reclaimed in the background, so large values never
     * block the server), one pipelined round trip per batch, and returns how many keys were removed.
     */
    long scanAndDelete(String pattern);

    /**
     * Counts the distinct matching keys. Each key is remembered as an 8-byte fingerprint while its node is
     * scanned, so counting a million keys needs about 16 MB at most.
     */
    long scanCount(String pattern);

    /**
     * Returns up to {@code limit} distinct matching keys with their type and time to live, read with one
     * pipelined round trip per batch. Keys that disappear during the scan are left out.
     *
     * @throws IllegalArgumentException when {@code limit} is not positive
     */
    List<KeyInfo> scanKeyInfo(String pattern, int limit);

    /**
     * Returns up to {@code limit} distinct matching keys that {@code filter} accepts, in the order found. The
     * filter runs on the calling thread; it may see a rejected key more than once.
     *
     * @throws IllegalArgumentException when {@code limit} is not positive
     */
    List<String> scanWithFilter(String pattern, Predicate<String> filter, int limit);

    /**
     * Returns a scanner like this one that asks Redis to examine about {@code count} entries per call.
     *
     * @throws IllegalArgumentException when {@code count} is not positive
     */
    Scanner withCount(int count);

    /**
     * Returns a scanner like this one that only finds keys of one Redis type, such as {@code hash}; {@code null}
     * finds keys of every type.
     */
    Scanner withType(String type);
}
