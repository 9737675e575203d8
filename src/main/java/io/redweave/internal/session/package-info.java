/**
 * The Jedis-backed {@link io.redweave.session.SessionManager}: the user index (a sorted set scored by expiry time,
 * managed by the {@code session-index-*} scripts on the index's slot) and the session hashes (the
 * {@code session-write}, {@code session-mutate}, {@code session-delete} and {@code session-remove} scripts on each
 * session's slot). No script touches two keys, so nothing raises {@code CROSSSLOT} on a cluster.
 */
package io.redweave.internal.session;
