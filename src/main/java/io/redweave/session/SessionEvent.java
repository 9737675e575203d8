package io.redweave.session;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Something that happened in a session, as recorded by {@link SessionManager#addEvent}: a type such as
 * {@code "checkout"}, the Redis server time it was recorded at, and free-form data.
 *
 * @param type      the event's type; never {@code null}
 * @param timestamp when Redis recorded it; never {@code null}
 * @param data      free-form values (JSON types: strings, numbers, booleans, lists, maps); never {@code null}
 */
public record SessionEvent(String type, Instant timestamp, Map<String, Object> data) {

    /** Checks the components and makes the data an unmodifiable copy; a {@code null} data map becomes empty. */
    public SessionEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(timestamp, "timestamp");
        data = data == null ? Map.of() : Values.unmodifiableCopy(data);
    }
}
