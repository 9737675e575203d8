package io.redweave.session;

import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalAmount;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

/**
 * Changes to a session, applied by {@link SessionManager#updateSession} in one atomic step. Immutable: the
 * manager never changes it (the TypeScript library wrote {@code lastActivity} into the caller's object).
 *
 * <pre>{@code
 * sessions.updateSession("s-1", SessionUpdate.builder()
 *     .venueId("venue-9")
 *     .attribute("cart", "3 items")
 *     .removeAttribute("coupon")
 *     .build());
 * }</pre>
 * Identity fields ({@code sessionId}, {@code userId}, {@code startTime}) never change; {@code lastActivity} is set
 * by Redis on every update.
 */
public final class SessionUpdate {

    private static final Set<String> FIXED = Set.of("sessionId", "userId", "startTime", "lastActivity", "events");

    private final boolean changesVenue;
    private final String venueId;
    private final Map<String, Object> metadata;
    private final Long pageViews;
    private final Map<String, String> attributes;
    private final Set<String> removedAttributes;

    private SessionUpdate(Builder builder) {
        this.changesVenue = builder.changesVenue;
        this.venueId = builder.venueId;
        this.metadata = builder.metadata;
        this.pageViews = builder.pageViews;
        this.attributes = Collections.unmodifiableMap(new LinkedHashMap<>(builder.attributes));
        this.removedAttributes = Collections.unmodifiableSet(new LinkedHashSet<>(builder.removedAttributes));
    }

    /** A builder of an update that changes nothing yet. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * An update from a map, in the style of the TypeScript library's {@code Partial<SessionData>}: {@code venueId}
     * (a string, or {@code null} to clear it), {@code metadata} (a map, replacing the old one) and {@code pageViews}
     * (a number) set those fields; any other key sets the attribute of that name ({@code null} removes it), with a
     * string, number, boolean, UUID, enum or {@code java.time} value written as text. The map is only read.
     *
     * @throws IllegalArgumentException naming the key when it is an identity field, or its value has the wrong type
     */
    public static SessionUpdate fromMap(Map<String, ?> changes) {
        Builder builder = builder();
        for (Map.Entry<String, ?> entry : changes.entrySet()) {
            String key = entry.getKey();
            Object value = entry.getValue();
            if (key == null || FIXED.contains(key)) {
                throw new IllegalArgumentException("'" + key + "' cannot be updated: sessionId, userId and startTime"
                        + " are fixed at creation, lastActivity is set by Redis on every update, and events are"
                        + " added with addEvent");
            } else if (key.equals("venueId")) {
                builder.venueId(value == null ? null : requireType(key, value, String.class));
            } else if (key.equals("metadata")) {
                @SuppressWarnings("unchecked")
                Map<String, ?> map = value == null ? Map.of() : requireType(key, value, Map.class);
                builder.metadata(map);
            } else if (key.equals("pageViews")) {
                builder.pageViews(requireType(key, value, Number.class).longValue());
            } else if (value == null) {
                builder.removeAttribute(key);
            } else {
                builder.attribute(key, text(key, value));
            }
        }
        return builder.build();
    }

    /** Whether the update sets or clears the venue. */
    public boolean changesVenue() {
        return changesVenue;
    }

    /** The new venue when {@link #changesVenue()}; {@code null} clears it. */
    public String venueId() {
        return venueId;
    }

    /** The metadata that replaces the old one, if the update sets it. */
    public Optional<Map<String, Object>> metadata() {
        return Optional.ofNullable(metadata);
    }

    /** The new page-view count, if the update sets it. */
    public OptionalLong pageViews() {
        return pageViews == null ? OptionalLong.empty() : OptionalLong.of(pageViews);
    }

    /** The attributes the update sets. */
    public Map<String, String> attributes() {
        return attributes;
    }

    /** The attributes the update removes. */
    public Set<String> removedAttributes() {
        return removedAttributes;
    }

    /** Whether the update changes no field (it still refreshes {@code lastActivity} and the expiry). */
    public boolean isEmpty() {
        return !changesVenue && metadata == null && pageViews == null && attributes.isEmpty()
                && removedAttributes.isEmpty();
    }

    @Override
    public String toString() {
        return "SessionUpdate[" + (changesVenue ? "venueId=" + venueId + ", " : "") + "metadata=" + metadata
                + ", pageViews=" + pageViews + ", attributes=" + attributes + ", removed=" + removedAttributes + "]";
    }

    private static <T> T requireType(String key, Object value, Class<T> type) {
        if (!type.isInstance(value)) {
            throw new IllegalArgumentException("'" + key + "' = " + value + " is invalid: expected a "
                    + type.getSimpleName() + ", got " + (value == null ? "null" : value.getClass().getName()));
        }
        return type.cast(value);
    }

    private static String text(String key, Object value) {
        if (value instanceof String || value instanceof Number || value instanceof Boolean || value instanceof UUID
                || value instanceof TemporalAccessor || value instanceof TemporalAmount || value instanceof Character) {
            return value.toString();
        }
        if (value instanceof Enum) {
            return ((Enum<?>) value).name();
        }
        throw new IllegalArgumentException("Attribute '" + key + "' = " + value + " is invalid: attributes are"
                + " text; pass a string, number, boolean, UUID, enum or java.time value, or put structured values"
                + " in 'metadata'");
    }

    /** Collects the changes of a {@link SessionUpdate}. */
    public static final class Builder {
        private boolean changesVenue;
        private String venueId;
        private Map<String, Object> metadata;
        private Long pageViews;
        private final Map<String, String> attributes = new LinkedHashMap<>();
        private final Set<String> removedAttributes = new LinkedHashSet<>();

        private Builder() {
        }

        /** Sets the venue; {@code null} clears it. */
        public Builder venueId(String venueId) {
            this.changesVenue = true;
            this.venueId = venueId;
            return this;
        }

        /** Replaces the metadata with a copy of this map. */
        public Builder metadata(Map<String, ?> metadata) {
            this.metadata = Values.unmodifiableCopy(metadata);
            return this;
        }

        /** Sets the page-view count, 0 or more. */
        public Builder pageViews(long pageViews) {
            if (pageViews < 0) {
                throw new IllegalArgumentException("pageViews " + pageViews + " is invalid: it must be 0 or more");
            }
            this.pageViews = pageViews;
            return this;
        }

        /** Sets an attribute. */
        public Builder attribute(String name, String value) {
            if (name == null || value == null) {
                throw new IllegalArgumentException("attribute " + name + "=" + value + " is invalid: name and value"
                        + " must not be null; use removeAttribute(name) to remove one");
            }
            removedAttributes.remove(name);
            attributes.put(name, value);
            return this;
        }

        /** Removes an attribute. */
        public Builder removeAttribute(String name) {
            if (name == null) {
                throw new IllegalArgumentException("attribute name must not be null");
            }
            attributes.remove(name);
            removedAttributes.add(name);
            return this;
        }

        /** Returns the update. */
        public SessionUpdate build() {
            return new SessionUpdate(this);
        }
    }
}
