package io.redweave.session;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The store of user sessions: each session is a Redis hash with a time to live, and each user's live sessions are
 * kept under {@link SessionConfig#maxSessionsPerUser()} by the {@link SessionConfig#policy()}.
 *
 * <pre>{@code
 * SessionManager sessions = redweave.sessions(SessionConfig.defaults());
 * CreateSessionResult created = sessions.createSession("s-1", "42", CreateSessionRequest.of("venue-7", Map.of()));
 * if (!created.success()) { ... created.error() ... }
 * sessions.getSession("s-1").ifPresent(s -> log.info("{} started {}", s.userId(), s.startTime()));
 * sessions.touchSession("s-1");            // sliding expiry
 * sessions.deleteUserSessions("42");       // log out everywhere
 * }</pre>
 *
 * <p>Guarantees: the limit is never exceeded, even under concurrent logins from many processes; expired sessions
 * never count against it; every key has a time to live; nothing is created by an update, touch or event of a
 * missing session; a session's activity (create, update, touch, page view, event) slides its expiry by its time to
 * live. Every method works the same on a standalone server, Sentinel and Cluster.
 *
 * <p>Ids are opaque, non-empty strings. Methods throw {@code RedisConnectionException} when Redis cannot be
 * reached and {@code RedisOperationException} when a command fails. Implementations are thread-safe.
 */
public interface SessionManager {

    /** The configuration this manager applies. */
    SessionConfig config();

    /**
     * Creates a session, or replaces the session with this id (which then does not count twice), with the
     * configured time to live. At the limit, {@link SessionPolicy#REJECT} refuses it and
     * {@link SessionPolicy#EVICT_OLDEST} ends the user's oldest sessions.
     */
    CreateSessionResult createSession(String sessionId, String userId, CreateSessionRequest request, Duration ttl);

    /**
     * Creates a session with the configured time to live; see
     * {@link #createSession(String, String, CreateSessionRequest, Duration)}.
     */
    default CreateSessionResult createSession(String sessionId, String userId, CreateSessionRequest request) {
        return createSession(sessionId, userId, request, config().ttl());
    }

    /** Creates a session with no venue, metadata or attributes. */
    default CreateSessionResult createSession(String sessionId, String userId) {
        return createSession(sessionId, userId, CreateSessionRequest.empty());
    }

    /** Creates a session with a venue ({@code null} for none) and metadata, like the TypeScript library. */
    default CreateSessionResult createSession(String sessionId, String userId, String venueId,
            Map<String, ?> metadata) {
        return createSession(sessionId, userId, CreateSessionRequest.of(venueId, metadata));
    }

    /**
     * Reads a session.
     *
     * @return the session, or empty when it does not exist or has expired
     * @throws MalformedSessionException when the hash holds a field that cannot be read
     */
    Optional<SessionData> getSession(String sessionId);

    /**
     * Applies changes to a live session atomically, sets its {@code lastActivity} and slides its expiry.
     *
     * @return {@code false}, and nothing is written, when the session does not exist or has expired
     */
    boolean updateSession(String sessionId, SessionUpdate update);

    /** Applies changes given as a map; see {@link SessionUpdate#fromMap(Map)}. The map is only read. */
    default boolean updateSession(String sessionId, Map<String, ?> changes) {
        return updateSession(sessionId, SessionUpdate.fromMap(changes));
    }

    /**
     * Deletes a session and removes it from its user's index (the user id is read from the session).
     *
     * @return whether a live session was deleted
     */
    boolean deleteSession(String sessionId);

    /**
     * Returns the user's live sessions, oldest expiry first, in two round trips whatever their number; index
     * entries of sessions that have expired or vanished are removed on the way.
     */
    List<SessionData> getUserSessions(String userId);

    /** Slides the session's expiry by its own time to live and sets {@code lastActivity}; false if it is gone. */
    boolean touchSession(String sessionId);

    /**
     * Slides the session's expiry by {@code ttl}, which becomes the session's time to live from now on, and sets
     * {@code lastActivity}; false if it is gone.
     */
    boolean touchSession(String sessionId, Duration ttl);

    /**
     * Deletes every session of the user and the user's index ("log out everywhere"). A login of that user that is
     * being created at the same moment does not survive it.
     *
     * @return the number of live sessions deleted
     */
    long deleteUserSessions(String userId);

    /** The number of the user's sessions that have not expired (one round trip). */
    long getUserSessionCount(String userId);

    /** Adds one page view, sets {@code lastActivity} and slides the expiry; false if the session is gone. */
    boolean recordPageView(String sessionId);

    /**
     * Appends an event stamped with the Redis server time, keeping the latest
     * {@link SessionConfig#maxEventsPerSession()}; sets {@code lastActivity} and slides the expiry.
     *
     * @param data free-form values (JSON types), {@code null} for none
     * @return false, and nothing is written, if the session is gone
     */
    boolean addEvent(String sessionId, String type, Map<String, ?> data);
}
