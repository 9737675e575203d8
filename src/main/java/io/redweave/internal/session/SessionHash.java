package io.redweave.internal.session;

import io.redweave.codec.Codec;
import io.redweave.codec.Decoded;
import io.redweave.codec.TypeRef;
import io.redweave.session.CreateSessionRequest;
import io.redweave.session.MalformedSessionException;
import io.redweave.session.SessionData;
import io.redweave.session.SessionEvent;
import io.redweave.session.SessionUpdate;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The layout of a session hash, and its translation to and from {@link SessionData}. Every field is readable text:
 * ids as they are, instants as ISO-8601 UTC, numbers in decimal, metadata and events as JSON through the codec,
 * attributes as {@code attr:<name>} fields, events as {@code event:<n>} fields (one JSON object each).
 */
final class SessionHash {

    static final String SESSION_ID = "sessionId";
    static final String USER_ID = "userId";
    static final String VENUE_ID = "venueId";
    static final String START_TIME = "startTime";
    static final String LAST_ACTIVITY = "lastActivity";
    static final String PAGE_VIEWS = "pageViews";
    static final String METADATA = "metadata";
    static final String TTL_MILLIS = "ttlMillis";
    static final String SEED_EVENTS = "events";
    static final String EVENT = "event:";
    static final String ATTRIBUTE = "attr:";
    static final String REMOVED = "_removed";

    private static final TypeRef<Map<String, Object>> MAP = new TypeRef<>() { };
    private static final TypeRef<List<SessionEvent>> EVENTS = new TypeRef<>() { };

    private final Codec codec;

    SessionHash(Codec codec) {
        this.codec = codec;
    }

    /**
     * The fields of a new session but its times, as field, value, field, value, ... Built before the session is
     * admitted, so a value the codec cannot encode fails before anything is written.
     */
    List<String> fields(String sessionId, String userId, CreateSessionRequest request, long ttlMillis) {
        List<String> fields = new ArrayList<>(20 + request.attributes().size() * 2);
        add(fields, SESSION_ID, sessionId);
        add(fields, USER_ID, userId);
        if (request.venueId() != null) {
            add(fields, VENUE_ID, request.venueId());
        }
        add(fields, PAGE_VIEWS, "0");
        add(fields, METADATA, json(request.metadata()));
        add(fields, TTL_MILLIS, Long.toString(ttlMillis));
        request.attributes().forEach((name, value) -> add(fields, ATTRIBUTE + name, value));
        return fields;
    }

    /** The fields of a new session with its start time, which is also its last activity. */
    static List<String> withStart(List<String> fields, Instant start) {
        List<String> all = new ArrayList<>(fields.size() + 4);
        String now = RedisTime.format(start);
        all.addAll(fields);
        add(all, START_TIME, now);
        add(all, LAST_ACTIVITY, now);
        return all;
    }

    /** The operations of {@code session-mutate} that apply an update. */
    List<String> operations(SessionUpdate update) {
        List<String> ops = new ArrayList<>();
        if (update.changesVenue()) {
            if (update.venueId() == null) {
                ops.addAll(List.of("del", VENUE_ID));
            } else {
                ops.addAll(List.of("set", VENUE_ID, update.venueId()));
            }
        }
        update.metadata().ifPresent(metadata -> ops.addAll(List.of("set", METADATA, json(metadata))));
        update.pageViews().ifPresent(views -> ops.addAll(List.of("set", PAGE_VIEWS, Long.toString(views))));
        update.attributes().forEach((name, value) -> ops.addAll(List.of("set", ATTRIBUTE + name, value)));
        update.removedAttributes().forEach(name -> ops.addAll(List.of("del", ATTRIBUTE + name)));
        return ops;
    }

    /** The {@code session-mutate} operation that appends an event. */
    List<String> eventOperation(String type, Map<String, ?> data) {
        return List.of("event", json(type), json(data == null ? Map.of() : data));
    }

    /** Whether a hash read from Redis is a live session: it exists and is not a removal marker. */
    static boolean isLive(Map<String, String> hash) {
        return !hash.isEmpty() && !hash.containsKey(REMOVED);
    }

    /**
     * Reads a live session hash.
     *
     * @throws MalformedSessionException naming the key and the field that cannot be read
     */
    SessionData decode(String key, String sessionId, Map<String, String> hash, int maxEvents) {
        String userId = required(key, hash, USER_ID);
        String venueId = hash.get(VENUE_ID);
        Instant start = instant(key, START_TIME, required(key, hash, START_TIME));
        Instant last = instant(key, LAST_ACTIVITY, hash.getOrDefault(LAST_ACTIVITY, hash.get(START_TIME)));
        long pageViews = count(key, hash.get(PAGE_VIEWS));
        Map<String, Object> metadata = hash.containsKey(METADATA) && !hash.get(METADATA).isEmpty()
                ? decode(key, METADATA, hash.get(METADATA), MAP) : null;
        return new SessionData(sessionId, userId, venueId == null || venueId.isEmpty() ? null : venueId, start, last,
                pageViews, events(key, hash, maxEvents), metadata, attributes(hash));
    }

    private List<SessionEvent> events(String key, Map<String, String> hash, int maxEvents) {
        List<SessionEvent> events = new ArrayList<>();
        String seed = hash.get(SEED_EVENTS);
        if (seed != null && !seed.isEmpty()) {
            List<SessionEvent> old = decode(key, SEED_EVENTS, seed, EVENTS);
            if (old != null) {
                events.addAll(old);
            }
        }
        TreeMap<Long, String> numbered = new TreeMap<>();
        hash.forEach((field, value) -> {
            if (field.startsWith(EVENT)) {
                try {
                    numbered.put(Long.parseLong(field.substring(EVENT.length())), value);
                } catch (NumberFormatException e) {
                    throw new MalformedSessionException(key, field, value, "an event field is event:<number>");
                }
            }
        });
        numbered.forEach((seq, value) -> events.add(decodeEvent(key, EVENT + seq, value)));
        return events.size() <= maxEvents ? events : events.subList(events.size() - maxEvents, events.size());
    }

    private SessionEvent decodeEvent(String key, String field, String value) {
        Decoded<SessionEvent> decoded = codec.decode(value.getBytes(StandardCharsets.UTF_8), SessionEvent.class);
        if (decoded instanceof Decoded.Value<SessionEvent> event && event.value() != null) {
            return event.value();
        }
        throw new MalformedSessionException(key, field, value, decoded instanceof Decoded.Malformed<SessionEvent> bad
                ? bad.reason() : "an event is a JSON object");
    }

    private static Map<String, String> attributes(Map<String, String> hash) {
        Map<String, String> attributes = new LinkedHashMap<>();
        hash.forEach((field, value) -> {
            if (field.startsWith(ATTRIBUTE)) {
                attributes.put(field.substring(ATTRIBUTE.length()), value);
            }
        });
        return attributes;
    }

    private <T> T decode(String key, String field, String value, TypeRef<T> type) {
        Decoded<T> decoded = codec.decode(value.getBytes(StandardCharsets.UTF_8), type);
        if (decoded instanceof Decoded.Malformed<T> bad) {
            throw new MalformedSessionException(key, field, value, bad.reason());
        }
        return ((Decoded.Value<T>) decoded).value();
    }

    private static String required(String key, Map<String, String> hash, String field) {
        String value = hash.get(field);
        if (value == null || value.isEmpty()) {
            throw new MalformedSessionException(key, field, value, "every session has a " + field);
        }
        return value;
    }

    private static Instant instant(String key, String field, String value) {
        try {
            return RedisTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new MalformedSessionException(key, field, value, "expected an ISO-8601 instant such as "
                    + "2024-01-01T00:00:00.000000Z");
        }
    }

    private static long count(String key, String value) {
        if (value == null || value.isEmpty()) {
            return 0;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new MalformedSessionException(key, PAGE_VIEWS, value, "expected a whole number");
        }
    }

    private String json(Object value) {
        return new String(codec.encode(value), StandardCharsets.UTF_8);
    }

    private static void add(List<String> fields, String field, String value) {
        fields.add(field);
        fields.add(value);
    }
}
