package io.redweave.internal.session;

import io.redweave.internal.script.ScriptRunner;
import java.util.ArrayList;
import java.util.List;

/**
 * A user's index of sessions: a sorted set {@code user:sessions:<userId>} of session ids scored by their expiry time
 * in microseconds on the Redis clock, with a time to live that follows its latest entry. Every operation is one
 * script on the index's own slot, which first removes the entries whose expiry time has come.
 */
final class SessionIndex {

    private final ScriptRunner scripts;

    SessionIndex(ScriptRunner scripts) {
        this.scripts = scripts;
    }

    /** Admits a session under the limit ({@code limit == 0}: none), evicting the earliest expiries if asked. */
    Admission admit(String indexKey, String sessionId, long ttlMillis, int limit, boolean evict) {
        List<?> reply = (List<?>) scripts.run(SessionScripts.INDEX_ADD, List.of(indexKey),
                List.of(sessionId, Long.toString(ttlMillis), Integer.toString(limit), evict ? "evict" : "reject"));
        boolean admitted = number(reply.get(0)) == 1;
        long count = number(reply.get(1));
        long now = number(reply.get(2));
        if (!admitted) {
            return new Admission(false, count, now, 0, List.of());
        }
        return new Admission(true, count, now, number(reply.get(3)), entries(reply, 4));
    }

    /** The live entries, earliest expiry first. */
    Listing list(String indexKey) {
        return listing(scripts.run(SessionScripts.INDEX_READ, List.of(indexKey), List.of("list")));
    }

    /** The live entries, and the index deleted. */
    Listing clear(String indexKey) {
        return listing(scripts.run(SessionScripts.INDEX_READ, List.of(indexKey), List.of("clear")));
    }

    /** The number of live entries. */
    long count(String indexKey) {
        List<?> reply = (List<?>) scripts.run(SessionScripts.INDEX_READ, List.of(indexKey), List.of("count"));
        return number(reply.get(1));
    }

    /** Moves a live entry's expiry to now + ttl; returns the new expiry (µs), or 0 when there is no live entry. */
    long touch(String indexKey, String sessionId, long ttlMillis) {
        return number(scripts.run(SessionScripts.INDEX_TOUCH, List.of(indexKey),
                List.of(sessionId, Long.toString(ttlMillis))));
    }

    /** Removes each entry whose score is still the one given ({@code null} score: whatever it is). */
    long remove(String indexKey, List<IndexEntry> entries) {
        if (entries.isEmpty()) {
            return 0;
        }
        List<String> args = new ArrayList<>(entries.size() * 2);
        for (IndexEntry entry : entries) {
            args.add(entry.sessionId());
            args.add(entry.score() == null ? "" : entry.score());
        }
        return number(scripts.run(SessionScripts.INDEX_REMOVE, List.of(indexKey), args));
    }

    private static Listing listing(Object reply) {
        List<?> values = (List<?>) reply;
        return new Listing(number(values.get(0)), entries(values, 1));
    }

    private static List<IndexEntry> entries(List<?> reply, int from) {
        List<IndexEntry> entries = new ArrayList<>((reply.size() - from) / 2);
        for (int i = from; i + 1 < reply.size(); i += 2) {
            entries.add(new IndexEntry((String) reply.get(i), (String) reply.get(i + 1)));
        }
        return entries;
    }

    static long number(Object value) {
        if (value instanceof Long) {
            return (Long) value;
        }
        return RedisTime.micros(String.valueOf(value));
    }
}
