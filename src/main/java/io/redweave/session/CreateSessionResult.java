package io.redweave.session;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of {@link SessionManager#createSession}.
 *
 * @param success           whether the session now exists
 * @param sessionCount      the user's live sessions after the call (at most the limit)
 * @param evictedSessionIds the sessions this call ended to make room ({@link SessionPolicy#EVICT_OLDEST}), oldest
 *                          first; empty otherwise
 * @param checkedAt         the Redis server time at which the limit was checked; for a created session, its
 *                          {@code startTime}. Calls for one user are checked one after the other, so this orders them
 * @param expiresAt         when the session expires unless used, or {@code null} when it was not admitted
 * @param error             why the session was not created, or {@code null} on success
 */
public record CreateSessionResult(boolean success, long sessionCount, List<String> evictedSessionIds,
        Instant checkedAt, Instant expiresAt, String error) {

    /** Makes the evicted ids an unmodifiable copy. */
    public CreateSessionResult {
        evictedSessionIds = evictedSessionIds == null ? List.of() : List.copyOf(evictedSessionIds);
    }

    /** Why the session was not created, if it was not. */
    public Optional<String> errorMessage() {
        return Optional.ofNullable(error);
    }
}
