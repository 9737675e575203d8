package io.redweave.examples.ticketing.service;

import io.redweave.examples.ticketing.catalog.Catalog;
import io.redweave.examples.ticketing.catalog.User;
import io.redweave.ratelimit.RateLimiter;
import io.redweave.session.CreateSessionRequest;
import io.redweave.session.CreateSessionResult;
import io.redweave.session.SessionManager;
import java.time.Duration;
import java.util.UUID;

/**
 * Sign-in: creates sessions with the {@link SessionManager} (whose configuration caps the sessions per user) after
 * a rate-limit check with the {@link RateLimiter}, both called directly rather than through annotations.
 */
public final class LoginService {
    /** How many sign-ins a user may attempt per minute. */
    public static final int LOGINS_PER_MINUTE = 10;

    private final Catalog catalog;
    private final SessionManager sessions;
    private final RateLimiter limiter;
    private final String instance;

    /** Signs the users of {@code catalog} in; {@code instance} is recorded in each session it creates. */
    public LoginService(Catalog catalog, SessionManager sessions, RateLimiter limiter, String instance) {
        this.catalog = catalog;
        this.sessions = sessions;
        this.limiter = limiter;
        this.instance = instance;
    }

    /**
     * Creates a session for a user. At the session limit, {@code EVICT_OLDEST} ends the user's oldest session and
     * {@code REJECT} refuses the new one.
     *
     * @throws io.redweave.RateLimitExceededException after {@link #LOGINS_PER_MINUTE} attempts in a minute
     * @throws LoginFailedException                   for an unknown user or a rejected session
     */
    public LoginResult login(String userId) {
        String limitKey = "login:" + userId;
        limiter.fixedWindow(limitKey, LOGINS_PER_MINUTE, Duration.ofMinutes(1)).orThrow(limitKey);
        User user = catalog.user(userId).orElseThrow(() -> new LoginFailedException("There is no user '" + userId
                + "'; the sample users are ada, grace and linus"));
        String sessionId = UUID.randomUUID().toString();
        CreateSessionResult created = sessions.createSession(sessionId, user.id(),
                CreateSessionRequest.empty().withAttribute("instance", instance));
        if (!created.success()) {
            throw new LoginFailedException(created.error());
        }
        return new LoginResult(sessionId, user.id(), created.sessionCount(), created.evictedSessionIds(),
                created.expiresAt());
    }
}
