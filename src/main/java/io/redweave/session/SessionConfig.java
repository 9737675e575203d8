package io.redweave.session;

import java.time.Duration;
import java.util.Objects;

/**
 * The settings of a {@link SessionManager}: how long a session lives without activity, how many live sessions a
 * user may have, and what happens at that limit.
 *
 * <pre>{@code
 * SessionConfig config = SessionConfig.builder()
 *     .ttl(Duration.ofMinutes(30))           // default 30 minutes
 *     .maxSessionsPerUser(5)                 // default 5; unlimitedSessions() for no limit
 *     .policy(SessionPolicy.EVICT_OLDEST)    // default REJECT
 *     .build();
 * }</pre>
 *
 * <p>Unlike the TypeScript library, a value is never silently replaced by a default: {@code 0} sessions is an
 * error (not "5"), and "no limit" is said with {@link Builder#unlimitedSessions()} or {@link #UNLIMITED}.
 *
 * @param ttl                 how long a session lives after its creation or its last activity (touch, update, page
 *                            view, event); from 1 ms to 365 days
 * @param maxSessionsPerUser  the most live sessions a user may have, at least 1, or {@link #UNLIMITED}
 * @param policy              what {@link SessionManager#createSession} does at the limit
 * @param maxEventsPerSession how many of the latest events a session keeps (older ones are dropped), at least 1
 */
public record SessionConfig(Duration ttl, int maxSessionsPerUser, SessionPolicy policy, int maxEventsPerSession) {

    /** The value of {@link #maxSessionsPerUser()} that means "no limit". */
    public static final int UNLIMITED = Integer.MAX_VALUE;

    /** The default time to live: 30 minutes, as in the TypeScript library. */
    public static final Duration DEFAULT_TTL = Duration.ofMinutes(30);

    /** The default limit: 5 sessions per user, as in the TypeScript library. */
    public static final int DEFAULT_MAX_SESSIONS = 5;

    /** The default number of events a session keeps. */
    public static final int DEFAULT_MAX_EVENTS = 100;

    private static final Duration MAX_TTL = Duration.ofDays(365);

    /**
     * Checks every setting.
     *
     * @throws IllegalArgumentException naming the value and the rule it breaks
     */
    public SessionConfig {
        if (ttl == null || ttl.isNegative() || ttl.isZero() || ttl.compareTo(Duration.ofMillis(1)) < 0) {
            throw new IllegalArgumentException("ttl " + ttl + " is invalid: it must be at least 1 ms");
        }
        if (ttl.compareTo(MAX_TTL) > 0) {
            throw new IllegalArgumentException("ttl " + ttl + " is invalid: it must be at most 365 days");
        }
        if (maxSessionsPerUser < 1) {
            throw new IllegalArgumentException("maxSessionsPerUser " + maxSessionsPerUser
                    + " is invalid: it must be at least 1; for no limit use unlimitedSessions() "
                    + "(SessionConfig.UNLIMITED)");
        }
        Objects.requireNonNull(policy, "policy must not be null: use SessionPolicy.REJECT or EVICT_OLDEST");
        if (maxEventsPerSession < 1) {
            throw new IllegalArgumentException("maxEventsPerSession " + maxEventsPerSession
                    + " is invalid: it must be at least 1");
        }
    }

    /** The defaults: 30 minutes, 5 sessions per user, {@link SessionPolicy#REJECT}, 100 events per session. */
    public static SessionConfig defaults() {
        return builder().build();
    }

    /** A builder that starts from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** Whether users may have any number of sessions. */
    public boolean isUnlimited() {
        return maxSessionsPerUser == UNLIMITED;
    }

    /** Collects the settings of a {@link SessionConfig}; {@link #build()} checks them. */
    public static final class Builder {
        private Duration ttl = DEFAULT_TTL;
        private int maxSessionsPerUser = DEFAULT_MAX_SESSIONS;
        private SessionPolicy policy = SessionPolicy.REJECT;
        private int maxEventsPerSession = DEFAULT_MAX_EVENTS;

        private Builder() {
        }

        /** How long a session lives after its creation or last activity; default 30 minutes. */
        public Builder ttl(Duration ttl) {
            this.ttl = ttl;
            return this;
        }

        /** The most live sessions a user may have, at least 1; default 5. */
        public Builder maxSessionsPerUser(int maxSessionsPerUser) {
            this.maxSessionsPerUser = maxSessionsPerUser;
            return this;
        }

        /** Lets users have any number of sessions. */
        public Builder unlimitedSessions() {
            this.maxSessionsPerUser = UNLIMITED;
            return this;
        }

        /** What happens at the limit; default {@link SessionPolicy#REJECT}. */
        public Builder policy(SessionPolicy policy) {
            this.policy = policy;
            return this;
        }

        /** How many of the latest events a session keeps; default 100. */
        public Builder maxEventsPerSession(int maxEventsPerSession) {
            this.maxEventsPerSession = maxEventsPerSession;
            return this;
        }

        /**
         * Returns the configuration.
         *
         * @throws IllegalArgumentException naming the setting and the rule it breaks
         */
        public SessionConfig build() {
            return new SessionConfig(ttl, maxSessionsPerUser, policy, maxEventsPerSession);
        }
    }
}
