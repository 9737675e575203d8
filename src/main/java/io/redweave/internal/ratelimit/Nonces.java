package io.redweave.internal.ratelimit;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The source of sorted-set members for the sliding window: unique per request, so that two requests admitted in
 * the same microsecond are two entries (the seed used the millisecond timestamp, and such requests collapsed into
 * one). A member is this limiter's random 48-bit id (8 characters) followed by a sequence number in base 36.
 */
final class Nonces {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String instance;
    private final AtomicLong sequence = new AtomicLong();

    Nonces() {
        byte[] id = new byte[6];
        RANDOM.nextBytes(id);
        this.instance = Base64.getUrlEncoder().withoutPadding().encodeToString(id);
    }

    /** A member no other request of this limiter, and with overwhelming probability of any other, uses. */
    String next() {
        return instance + Long.toString(sequence.getAndIncrement(), 36);
    }
}
