package io.redweave.internal.session;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Conversions between the Redis clock (microseconds since the epoch) and instants, and their text in a hash. */
final class RedisTime {

    private static final DateTimeFormatter ISO_MICROS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);
    private static final Duration MAX_TTL = Duration.ofDays(365);

    private RedisTime() {
    }

    /** The instant of a Redis time in microseconds. */
    static Instant instant(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
    }

    /** A score or number as Redis writes it ({@code "1795704401993359"}) as whole microseconds. */
    static long micros(String score) {
        return new BigDecimal(score).longValue();
    }

    /**
     * The {@code PEXPIREAT} time of a session hash whose index entry expires at {@code expiryMicros}: the last whole
     * millisecond before it, so the hash never outlives its index entry.
     */
    static long hashExpireAtMillis(long expiryMicros) {
        return Math.floorDiv(expiryMicros, 1_000L) - 1;
    }

    /** Until when a removal marker is kept: just after the removed entry's expiry time. */
    static long markerExpireAtMillis(long expiryMicros) {
        return Math.floorDiv(expiryMicros, 1_000L) + 1;
    }

    /** The hash text of an instant: ISO-8601 in UTC with six fraction digits, as the scripts write it. */
    static String format(Instant instant) {
        return ISO_MICROS.format(instant);
    }

    /**
     * Reads an instant written by RedWeave or by the TypeScript library (which wrote it as a JSON string, with
     * quotes).
     *
     * @throws DateTimeParseException when the text is not an ISO-8601 instant
     */
    static Instant parse(String text) {
        String bare = text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")
                ? text.substring(1, text.length() - 1) : text;
        return Instant.parse(bare);
    }

    /**
     * A time to live in milliseconds.
     *
     * @throws IllegalArgumentException naming the value when it is not from 1 ms to 365 days
     */
    static long ttlMillis(Duration ttl) {
        if (ttl == null || ttl.compareTo(Duration.ofMillis(1)) < 0 || ttl.compareTo(MAX_TTL) > 0) {
            throw new IllegalArgumentException("ttl " + ttl + " is invalid: it must be from 1 ms to 365 days");
        }
        return ttl.toMillis();
    }
}
