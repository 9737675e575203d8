package io.redweave.internal.session;

import io.redweave.key.KeyBuilder;
import io.redweave.session.CreateSessionRequest;
import io.redweave.session.CreateSessionResult;
import io.redweave.session.SessionConfig;
import io.redweave.session.SessionPolicy;
import java.util.ArrayList;
import java.util.List;

/**
 * Creates a session in two steps: admission into the user's index under the limit (one script on the index's slot),
 * then the hash written with its expiry (one script on the session's slot). Sessions evicted by the admission are
 * ended in between, so the new hash never appears while the evicted ones still live.
 */
final class SessionCreator {

    private final SessionConfig config;
    private final KeyBuilder keys;
    private final SessionIndex index;
    private final SessionStore store;
    private final SessionHash hash;

    SessionCreator(SessionConfig config, KeyBuilder keys, SessionIndex index, SessionStore store, SessionHash hash) {
        this.config = config;
        this.keys = keys;
        this.index = index;
        this.store = store;
        this.hash = hash;
    }

    CreateSessionResult create(String key, String indexKey, String sessionId, String userId,
            CreateSessionRequest request, long ttlMillis) {
        int limit = config.isUnlimited() ? 0 : config.maxSessionsPerUser();
        boolean evict = config.policy() == SessionPolicy.EVICT_OLDEST;
        List<String> evictedIds = new ArrayList<>();
        List<String> fields = hash.fields(sessionId, userId, request, ttlMillis);
        for (int attempt = 0; ; attempt++) {
            Admission admission = index.admit(indexKey, sessionId, ttlMillis, limit, evict);
            if (!admission.admitted()) {
                return new CreateSessionResult(false, admission.count(), evictedIds,
                        RedisTime.instant(admission.nowMicros()), null, "Maximum " + config.maxSessionsPerUser()
                        + " sessions per user exceeded: user '" + userId + "' has " + admission.count()
                        + " live sessions; end one (deleteSession) or use SessionPolicy.EVICT_OLDEST");
            }
            endEvicted(admission, evictedIds);
            String outcome = store.write(key, admission.nowMicros(),
                    RedisTime.hashExpireAtMillis(admission.expiryMicros()),
                    SessionHash.withStart(fields, RedisTime.instant(admission.nowMicros())));
            if (SessionStore.WRITTEN.equals(outcome)) {
                return new CreateSessionResult(true, admission.count(), evictedIds,
                        RedisTime.instant(admission.nowMicros()), RedisTime.instant(admission.expiryMicros()), null);
            }
            if (!"pruned".equals(outcome) || attempt > 0) {
                return new CreateSessionResult(false, Math.max(0, admission.count() - 1), evictedIds,
                        RedisTime.instant(admission.nowMicros()), null, overtaken(sessionId, userId, outcome));
            }
            // a concurrent getUserSessions pruned the entry before the hash was written: admit it again
        }
    }

    private void endEvicted(Admission admission, List<String> evictedIds) {
        if (admission.evicted().isEmpty()) {
            return;
        }
        List<String> evictedKeys = new ArrayList<>(admission.evicted().size());
        for (IndexEntry entry : admission.evicted()) {
            evictedIds.add(entry.sessionId());
            evictedKeys.add(keys.session(entry.sessionId()));
        }
        store.remove(evictedKeys, admission.evicted(), admission.nowMicros(), "evicted", false);
    }

    private static String overtaken(String sessionId, String userId, String reason) {
        String cause = switch (reason) {
            case "evicted" -> "a newer login of user '" + userId + "' evicted it (SessionPolicy.EVICT_OLDEST)";
            case "deleted" -> "all sessions of user '" + userId + "' were deleted (deleteUserSessions)";
            default -> "it was removed from the index of user '" + userId + "' (" + reason + ")";
        };
        return "Session '" + sessionId + "' was not created: " + cause + " before it was written; create it again"
                + " if the user should stay signed in";
    }
}
