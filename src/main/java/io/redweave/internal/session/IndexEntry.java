package io.redweave.internal.session;

/**
 * One entry of a user's index: a session id and its score, the expiry time in microseconds, kept as the text Redis
 * sent so that a conditional removal compares it exactly.
 */
record IndexEntry(String sessionId, String score) {

    /** The expiry time in microseconds (Redis clock). */
    long expiryMicros() {
        return RedisTime.micros(score);
    }
}
