package io.redweave.internal.session;

import io.redweave.internal.RedisContext;
import io.redweave.key.KeyBuilder;
import io.redweave.session.CreateSessionRequest;
import io.redweave.session.CreateSessionResult;
import io.redweave.session.MalformedSessionException;
import io.redweave.session.SessionConfig;
import io.redweave.session.SessionData;
import io.redweave.session.SessionManager;
import io.redweave.session.SessionUpdate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link SessionManager} on Jedis: sessions are hashes, each user's sessions are indexed in a sorted set scored
 * by expiry time, and every step is one single-key script, so it runs unchanged on a cluster.
 *
 * <p>Implementation notes: a session lives in two slots (its hash and its user's index), which no single script can
 * change together. The index decides: a session exists only if the index admitted it, and the limit is enforced
 * there, atomically. Whoever takes a session out of an index (eviction, "log out everywhere", pruning of an entry
 * whose hash is gone) then leaves a removal marker on the hash key, stamped with the index's clock; a create that was
 * admitted earlier but writes its hash later sees the marker and writes nothing. So a removed session never comes
 * back, and the number of live session hashes never exceeds the limit. A crash between two steps leaves at most an
 * index entry without a hash, which stops counting at its expiry time or when {@link #getUserSessions} prunes it.
 */
public final class JedisSessionManager implements SessionManager {

    private static final Logger LOG = LoggerFactory.getLogger(JedisSessionManager.class);

    private final SessionConfig config;
    private final KeyBuilder keys;
    private final SessionIndex index;
    private final SessionStore store;
    private final SessionHash hash;
    private final SessionCreator creator;

    /** Creates a manager over the shared context of one {@code RedWeave} instance. */
    public JedisSessionManager(RedisContext context, SessionConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.keys = context.keys();
        this.index = new SessionIndex(context.scripts());
        this.store = new SessionStore(context.client(), context.scripts());
        this.hash = new SessionHash(context.codec());
        this.creator = new SessionCreator(config, keys, index, store, hash);
    }

    @Override
    public SessionConfig config() {
        return config;
    }

    @Override
    public CreateSessionResult createSession(String sessionId, String userId, CreateSessionRequest request,
            Duration ttl) {
        requireId(sessionId, "sessionId");
        requireId(userId, "userId");
        Objects.requireNonNull(request, "request");
        long ttlMillis = RedisTime.ttlMillis(ttl);
        return creator.create(keys.session(sessionId), keys.userSessions(userId), sessionId, userId, request,
                ttlMillis);
    }

    @Override
    public Optional<SessionData> getSession(String sessionId) {
        String key = keys.session(requireId(sessionId, "sessionId"));
        Map<String, String> fields = store.read(key);
        if (!SessionHash.isLive(fields)) {
            return Optional.empty();
        }
        return Optional.of(hash.decode(key, sessionId, fields, config.maxEventsPerSession()));
    }

    @Override
    public boolean updateSession(String sessionId, SessionUpdate update) {
        Objects.requireNonNull(update, "update");
        return activity(sessionId, null, hash.operations(update));
    }

    @Override
    public boolean deleteSession(String sessionId) {
        Optional<String> userId = store.delete(keys.session(requireId(sessionId, "sessionId")));
        userId.filter(user -> !user.isEmpty())
                .ifPresent(user -> index.remove(keys.userSessions(user), List.of(new IndexEntry(sessionId, null))));
        return userId.isPresent();
    }

    @Override
    public List<SessionData> getUserSessions(String userId) {
        String indexKey = keys.userSessions(requireId(userId, "userId"));
        Listing listing = index.list(indexKey);
        if (listing.entries().isEmpty()) {
            return List.of();
        }
        List<String> hashKeys = hashKeys(listing.entries());
        List<Map<String, String>> hashes = store.readAll(hashKeys);
        List<SessionData> sessions = new ArrayList<>(hashes.size());
        List<IndexEntry> stale = new ArrayList<>();
        List<IndexEntry> vanished = new ArrayList<>();
        List<String> vanishedKeys = new ArrayList<>();
        for (int i = 0; i < hashes.size(); i++) {
            IndexEntry entry = listing.entries().get(i);
            Map<String, String> fields = hashes.get(i);
            if (fields == null) {
                LOG.warn("Skipping session '{}' of user '{}': its key {} holds another type than a hash",
                        entry.sessionId(), userId, hashKeys.get(i));
            } else if (!SessionHash.isLive(fields)) {
                vanished.add(entry);
                vanishedKeys.add(hashKeys.get(i));
            } else if (!userId.equals(fields.get(SessionHash.USER_ID))) {
                stale.add(entry); // the id was since created again for another user
            } else {
                try {
                    sessions.add(hash.decode(hashKeys.get(i), entry.sessionId(), fields, config.maxEventsPerSession()));
                } catch (MalformedSessionException e) {
                    LOG.warn("Skipping a session of user '{}' that cannot be read: {}", userId, e.getMessage());
                }
            }
        }
        if (!vanished.isEmpty()) {
            List<Long> outcomes = store.remove(vanishedKeys, vanished, listing.nowMicros(), "pruned", true);
            for (int i = 0; i < outcomes.size(); i++) {
                if (outcomes.get(i) >= 0) {
                    stale.add(vanished.get(i));
                }
            }
        }
        index.remove(indexKey, stale);
        return List.copyOf(sessions);
    }

    @Override
    public boolean touchSession(String sessionId) {
        return activity(sessionId, null, List.of());
    }

    @Override
    public boolean touchSession(String sessionId, Duration ttl) {
        return activity(sessionId, RedisTime.ttlMillis(ttl), List.of());
    }

    @Override
    public long deleteUserSessions(String userId) {
        Listing listing = index.clear(keys.userSessions(requireId(userId, "userId")));
        long deleted = 0;
        for (long outcome : store.remove(hashKeys(listing.entries()), listing.entries(), listing.nowMicros(),
                "deleted", false)) {
            deleted += outcome == 1 ? 1 : 0;
        }
        return deleted;
    }

    @Override
    public long getUserSessionCount(String userId) {
        return index.count(keys.userSessions(requireId(userId, "userId")));
    }

    @Override
    public boolean recordPageView(String sessionId) {
        return activity(sessionId, null, List.of("incr", SessionHash.PAGE_VIEWS, "1"));
    }

    @Override
    public boolean addEvent(String sessionId, String type, Map<String, ?> data) {
        requireId(type, "type");
        return activity(sessionId, null, hash.eventOperation(type, data));
    }

    /**
     * Changes a live session and slides its expiry, then slides its index entry. A session its index no longer holds
     * is being removed (or has expired there): it is deleted rather than kept alive uncounted.
     */
    private boolean activity(String sessionId, Long ttlMillis, List<String> ops) {
        String key = keys.session(requireId(sessionId, "sessionId"));
        Optional<SessionStore.Activity> used = store.mutate(key, ttlMillis, config.ttl().toMillis(),
                config.maxEventsPerSession(), ops);
        if (used.isEmpty()) {
            return false;
        }
        if (index.touch(keys.userSessions(used.get().userId()), sessionId, used.get().ttlMillis()) == 0) {
            store.delete(key);
            return false;
        }
        return true;
    }

    private List<String> hashKeys(List<IndexEntry> entries) {
        List<String> hashKeys = new ArrayList<>(entries.size());
        for (IndexEntry entry : entries) {
            hashKeys.add(keys.session(entry.sessionId()));
        }
        return hashKeys;
    }

    private static String requireId(String value, String name) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(name + " '" + value + "' is invalid: it must be a non-empty string");
        }
        return value;
    }
}
