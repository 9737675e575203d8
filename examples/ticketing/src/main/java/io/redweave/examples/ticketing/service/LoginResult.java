package io.redweave.examples.ticketing.service;

import java.time.Instant;
import java.util.List;

/**
 * A new session.
 *
 * @param sessionId the session's id, to send as {@code Authorization: Bearer <sessionId>}
 * @param userId    who signed in
 * @param sessions  how many live sessions the user has now, this one included
 * @param evicted   the user's sessions ended to make room for this one, oldest first
 * @param expiresAt when the session expires unless it is used
 */
public record LoginResult(String sessionId, String userId, long sessions, List<String> evicted, Instant expiresAt) {
}
