package io.redweave.benchmarks.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The payload of the cache benchmarks: the anchors' 143-byte JSON {@link User}, and one Jackson for everybody. */
public final class Payload {
    /** The id of the cached user, the argument of every cached call. */
    public static final String USER_ID = "u-100042";

    /** The user every loader returns. */
    public static final User USER = new User(USER_ID, "Augusta Ada King-Noel",
            "ada.king-noel@analytical-engine.example", 36, List.of("admin", "editor", "viewer"));

    /** The JSON every cache path stores: exactly the anchors' 143 bytes. */
    public static final String JSON = "{\"id\":\"u-100042\",\"name\":\"Augusta Ada King-Noel\","
            + "\"email\":\"ada.king-noel@analytical-engine.example\",\"age\":36,\"roles\":[\"admin\",\"editor\",\"viewer\"]}";

    private Payload() {
    }

    /** The JSON as bytes. */
    public static byte[] bytes() {
        return JSON.getBytes(StandardCharsets.UTF_8);
    }

    /** A plain Jackson mapper, as the raw and Spring paths use it. */
    public static ObjectMapper mapper() {
        return new ObjectMapper();
    }

    /**
     * Checks that {@code stored} is the payload, so every path reads the same bytes.
     *
     * @throws IllegalStateException when it is not
     */
    public static void check(String path, byte[] stored) {
        if (stored == null || !JSON.equals(new String(stored, StandardCharsets.UTF_8))) {
            throw new IllegalStateException(path + " stored "
                    + (stored == null ? "nothing" : new String(stored, StandardCharsets.UTF_8))
                    + " instead of the " + JSON.length() + "-byte payload " + JSON);
        }
        try {
            if (!USER.equals(mapper().readValue(stored, User.class))) {
                throw new IllegalStateException(path + " stored a payload that does not decode to the user");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
