package io.redweave.internal.cache;

import io.redweave.key.KeyBuilder;
import io.redweave.key.KeyPrefix;
import java.nio.charset.StandardCharsets;

/**
 * The cache key space of one instance: a logical key {@code k} lives at {@code [namespace:]cache:k}, and the
 * lease of its loader at {@code [namespace:]cache-lease:k}, which no cache pattern can match.
 */
final class CacheKeys {

    private final String prefix;
    private final String globPrefix;
    private final String leasePrefix;

    CacheKeys(KeyBuilder keys) {
        this.prefix = keys.qualify(keys.prefixes().get(KeyPrefix.CACHE));
        this.globPrefix = escapeGlob(prefix);
        this.leasePrefix = keys.qualify("cache-lease:");
    }

    /** The Redis key of the entry with logical key {@code key}. */
    String entry(String key) {
        return prefix + requireKey(key);
    }

    /** The Redis key of the entry, as bytes. */
    static byte[] raw(String redisKey) {
        return redisKey.getBytes(StandardCharsets.UTF_8);
    }

    /** The Redis key of the lease that guards loading {@code key}. */
    String lease(String key) {
        return leasePrefix + key;
    }

    /** The Redis glob for a caller's glob: the caller's pattern after the literal cache prefix. */
    String pattern(String pattern) {
        if (pattern == null || pattern.isEmpty()) {
            throw new IllegalArgumentException("pattern is " + (pattern == null ? "null" : "empty")
                    + ": pass a glob of logical keys such as 'event:*', or '*' for every entry");
        }
        return globPrefix + pattern;
    }

    /** The glob that matches every entry of the cache key space. */
    String everything() {
        return globPrefix + "*";
    }

    /** The logical key of a Redis key of the cache key space. */
    String logical(String redisKey) {
        return redisKey.startsWith(prefix) ? redisKey.substring(prefix.length()) : redisKey;
    }

    static String requireKey(String key) {
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("key is " + (key == null ? "null" : "empty")
                    + ": pass a logical key such as 'event:42'");
        }
        return key;
    }

    private static String escapeGlob(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 4);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '*' || c == '?' || c == '[' || c == ']' || c == '\\') {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
