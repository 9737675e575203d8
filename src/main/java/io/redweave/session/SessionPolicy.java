package io.redweave.session;

/** What {@link SessionManager#createSession} does when a user already has the most sessions allowed. */
public enum SessionPolicy {

    /**
     * Refuses the new session and keeps the existing ones (the TypeScript library's behaviour, and the default):
     * the result has {@code success == false} and the error {@code "Maximum N sessions per user exceeded"}.
     */
    REJECT,

    /**
     * Accepts the new session and ends the user's oldest ones to make room: those that would expire first, which
     * with equal time-to-live is the least recently created or used. Their ids are in
     * {@link CreateSessionResult#evictedSessionIds()}.
     */
    EVICT_OLDEST
}
