package io.redweave.processor;

import java.time.Duration;

/**
 * One key (or pattern) a method uses, as the key manifest lists it.
 *
 * @param method     the method's name and erased parameter types, such as {@code find(java.lang.String)}
 * @param annotation the annotation's simple name, such as {@code Cached}
 * @param template   the template as written; empty for a default key
 * @param redisKey   the logical Redis key or pattern with RedWeave's default prefixes, before any namespace, such
 *                   as {@code cache:user:{id}}
 * @param kind       {@code KEY} or {@code PATTERN}
 * @param dataType   the Redis data type stored at the key ({@code string}, {@code hash}, {@code zset}), or null for
 *                   a pattern
 * @param ttl        how long the key lives (at most, for rate limits), or null when it is configured elsewhere
 * @param nullTtl    how long a cached null lives, or null when nulls are not cached
 * @param detail     the rate-limit algorithm, the invalidation's timing, or null
 */
record KeyEntry(String method, String annotation, String template, String redisKey, String kind, String dataType,
                Duration ttl, Duration nullTtl, String detail) {
}
