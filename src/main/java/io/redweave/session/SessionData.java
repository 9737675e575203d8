package io.redweave.session;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A session as stored in Redis, typed: ids stay strings ({@code "42"} never becomes a number) and instants stay
 * instants.
 *
 * @param sessionId    the session's id
 * @param userId       the id of the user who owns it
 * @param venueId      the venue, or {@code null}
 * @param startTime    when it was created (Redis server time)
 * @param lastActivity when it was last created, updated, touched or used (Redis server time)
 * @param pageViews    the page views recorded with {@link SessionManager#recordPageView}
 * @param events       the latest events, oldest first (at most {@link SessionConfig#maxEventsPerSession()})
 * @param metadata     free-form values set at creation or by an update (JSON types)
 * @param attributes   free-form string attributes
 */
public record SessionData(String sessionId, String userId, String venueId, Instant startTime, Instant lastActivity,
        long pageViews, List<SessionEvent> events, Map<String, Object> metadata, Map<String, String> attributes) {

    /** Checks the required components and makes the collections unmodifiable copies. */
    public SessionData {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(startTime, "startTime");
        Objects.requireNonNull(lastActivity, "lastActivity");
        events = events == null ? List.of() : List.copyOf(events);
        metadata = metadata == null ? Map.of() : Values.unmodifiableCopy(metadata);
        attributes = attributes == null ? Map.of() : Values.strings(attributes, "attribute");
    }

    /** The venue, if the session has one. */
    public Optional<String> venue() {
        return Optional.ofNullable(venueId);
    }

    /** The attribute with this name, if it is set. */
    public Optional<String> attribute(String name) {
        return Optional.ofNullable(attributes.get(name));
    }

    /**
     * The attribute with this name, converted, if it is set: {@code attribute("cartSize", Integer::valueOf)}.
     *
     * @throws IllegalStateException naming the attribute and its value when the conversion fails
     */
    public <T> Optional<T> attribute(String name, Function<String, ? extends T> parser) {
        Objects.requireNonNull(parser, "parser");
        String value = attributes.get(name);
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(parser.apply(value));
        } catch (RuntimeException e) {
            throw new IllegalStateException("Attribute '" + name + "' of session '" + sessionId + "' has the value '"
                    + value + "', which could not be converted: " + e.getMessage(), e);
        }
    }
}
