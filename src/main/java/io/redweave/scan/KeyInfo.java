package io.redweave.scan;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A key found by a scan, with its Redis type and its remaining time to live.
 *
 * @param key the key
 * @param type the Redis type as {@code TYPE} names it: {@code string}, {@code list}, {@code set}, {@code zset},
 *     {@code hash}, {@code stream}, or a module's type name
 * @param ttl the remaining time to live (millisecond precision), or empty when the key never expires
 */
public record KeyInfo(String key, String type, Optional<Duration> ttl) {

    /** Checks that no component is {@code null}. */
    public KeyInfo {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(ttl, "ttl");
    }

    /** Returns whether the key has an expiry. */
    public boolean expires() {
        return ttl.isPresent();
    }
}
