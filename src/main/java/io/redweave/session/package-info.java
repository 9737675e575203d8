/**
 * User sessions in Redis: {@link io.redweave.session.SessionManager} creates, reads, updates, touches and deletes
 * sessions, keeps each user's sessions under a limit ({@link io.redweave.session.SessionPolicy#REJECT} or
 * {@link io.redweave.session.SessionPolicy#EVICT_OLDEST}), and never leaves a key without a time to live.
 *
 * <p>A session is a Redis hash {@code [namespace:]session:<sessionId>}; each user has an index, a sorted set
 * {@code [namespace:]user:sessions:<userId>} scored by each session's expiry time. See {@code docs/sessions.md}
 * for the layout, the cluster design and examples.
 */
package io.redweave.session;
