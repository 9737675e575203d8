package io.redweave.session;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a new session starts with, besides its id and user: an optional venue, metadata and attributes.
 *
 * <pre>{@code
 * sessions.createSession("s-1", "42", CreateSessionRequest.of("venue-7", Map.of("device", "ios")));
 * sessions.createSession("s-2", "42", CreateSessionRequest.empty().withAttribute("locale", "nl-BE"));
 * }</pre>
 *
 * @param venueId    the venue, or {@code null}
 * @param metadata   free-form values, stored as JSON; never {@code null} (a {@code null} argument becomes empty)
 * @param attributes free-form string attributes; never {@code null}
 */
public record CreateSessionRequest(String venueId, Map<String, Object> metadata, Map<String, String> attributes) {

    private static final CreateSessionRequest EMPTY = new CreateSessionRequest(null, Map.of(), Map.of());

    /** Copies the maps, so later changes to the caller's maps have no effect. */
    public CreateSessionRequest {
        metadata = metadata == null ? Map.of() : Values.unmodifiableCopy(metadata);
        attributes = attributes == null ? Map.of() : Values.strings(attributes, "attribute");
    }

    /** A session with no venue, metadata or attributes. */
    public static CreateSessionRequest empty() {
        return EMPTY;
    }

    /** A session with this venue ({@code null} for none) and metadata (the TypeScript library's {@code data}). */
    public static CreateSessionRequest of(String venueId, Map<String, ?> metadata) {
        return new CreateSessionRequest(venueId, metadata == null ? null : Values.unmodifiableCopy(metadata), null);
    }

    /** This request with one more attribute. */
    public CreateSessionRequest withAttribute(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(attributes);
        more.put(name, value);
        return new CreateSessionRequest(venueId, metadata, more);
    }
}
