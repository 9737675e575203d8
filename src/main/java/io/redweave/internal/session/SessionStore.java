package io.redweave.internal.session;

import io.redweave.internal.RedisErrors;
import io.redweave.internal.script.ScriptRunner;
import io.redweave.session.MalformedSessionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import redis.clients.jedis.UnifiedJedis;

/**
 * The session hashes {@code session:<sessionId>}: each operation is one command or one script on the hash's own
 * slot; operations on many hashes are pipelined.
 */
final class SessionStore {

    /** What {@code session-write} answers when it wrote the session. */
    static final String WRITTEN = "written";

    private final ScriptRunner scripts;
    private final Pipelines pipelines;

    SessionStore(UnifiedJedis client, ScriptRunner scripts) {
        this.scripts = scripts;
        this.pipelines = new Pipelines(client, scripts);
    }

    /**
     * Writes a new session with its expiry in one step; returns {@link #WRITTEN}, or the reason of the removal that
     * overtook it ({@code evicted}, {@code deleted}, {@code pruned}), in which case nothing was written.
     */
    String write(String key, long admittedMicros, long expireAtMillis, List<String> fields) {
        List<String> args = new ArrayList<>(fields.size() + 2);
        args.add(Long.toString(admittedMicros));
        args.add(Long.toString(expireAtMillis));
        args.addAll(fields);
        return String.valueOf(scripts.run(SessionScripts.WRITE, List.of(key), args));
    }

    /**
     * Applies operations to a live session, sets {@code lastActivity} and slides its expiry.
     *
     * @param ttlMillis the time to live to apply and store, or {@code null} for the session's own
     * @return the session's user id and the time to live applied, or empty when there is no live session
     */
    Optional<Activity> mutate(String key, Long ttlMillis, long defaultTtlMillis, int maxEvents, List<String> ops) {
        List<String> args = new ArrayList<>(ops.size() + 3);
        args.add(ttlMillis == null ? "" : Long.toString(ttlMillis));
        args.add(Long.toString(defaultTtlMillis));
        args.add(Integer.toString(maxEvents));
        args.addAll(ops);
        List<?> reply = (List<?>) scripts.run(SessionScripts.MUTATE, List.of(key), args);
        if (reply == null) {
            return Optional.empty();
        }
        return Optional.of(new Activity((String) reply.get(0), SessionIndex.number(reply.get(1))));
    }

    /** Deletes a live session; returns its user id ({@code ""} when it has none), or empty when there was none. */
    Optional<String> delete(String key) {
        return Optional.ofNullable((String) scripts.run(SessionScripts.DELETE, List.of(key), List.of()));
    }

    /**
     * The fields of one hash; empty when it does not exist.
     *
     * @throws MalformedSessionException when the key holds another type than a hash
     */
    Map<String, String> read(String key) {
        Map<String, String> fields = RedisErrors.call("session.get", key, () -> pipelines.readOne(key));
        if (fields == null) {
            throw new MalformedSessionException(key, "it holds another type than a hash, written by something else"
                    + " (such as the TypeScript library's string mode)");
        }
        return fields;
    }

    /** The fields of many hashes, in one pipelined round trip; {@code null} for a key of another type. */
    List<Map<String, String>> readAll(List<String> keys) {
        return pipelines.readAll("session.getUserSessions", keys);
    }

    /**
     * Ends sessions taken out of their index at {@code removedMicros}, leaving removal markers; with
     * {@code ifAbsent}, a key that holds a live session is left alone. Returns, per key, 1 when a live session was
     * removed, 0 when there was none, -1 when {@code ifAbsent} found a live one.
     */
    List<Long> remove(List<String> keys, List<IndexEntry> entries, long removedMicros, String reason,
            boolean ifAbsent) {
        if (keys.isEmpty()) {
            return List.of();
        }
        List<List<String>> args = new ArrayList<>(keys.size());
        for (IndexEntry entry : entries) {
            args.add(List.of(Long.toString(removedMicros), reason,
                    Long.toString(RedisTime.markerExpireAtMillis(entry.expiryMicros())),
                    ifAbsent ? "if-absent" : "always"));
        }
        List<Long> outcomes = new ArrayList<>(keys.size());
        for (Object reply : pipelines.runEach(SessionScripts.REMOVE, keys, args)) {
            outcomes.add(SessionIndex.number(reply));
        }
        return outcomes;
    }

    /** The owner of a session that was just used, and the time to live its expiry was slid by. */
    record Activity(String userId, long ttlMillis) {
    }
}
