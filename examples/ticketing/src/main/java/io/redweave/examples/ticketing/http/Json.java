package io.redweave.examples.ticketing.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;

/** JSON of the HTTP API: instants as ISO-8601 text, unknown fields refused, with messages a client can act on. */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private Json() {
    }

    /** {@code value} as JSON bytes. */
    public static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("could not write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** A JSON document as a tree, for clients. */
    public static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("not JSON: " + json, e);
        }
    }

    /**
     * Reads a request body.
     *
     * @throws ApiException 400, saying what is wrong with the body
     */
    static <T> T read(byte[] body, Class<T> type, String example) {
        try {
            return MAPPER.readValue(body, type);
        } catch (ValueInstantiationException e) {
            Throwable reason = e.getCause() == null ? e : e.getCause();
            throw ApiException.badRequest(reason.getMessage());
        } catch (UnrecognizedPropertyException e) {
            throw ApiException.badRequest("unknown field '" + e.getPropertyName() + "': send " + example);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("the body is not valid: " + e.getOriginalMessage() + "; send " + example);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
