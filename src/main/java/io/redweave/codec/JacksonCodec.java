package io.redweave.codec;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.redweave.RedWeaveException;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The default {@link Codec}: values as UTF-8 JSON, with Jackson.
 *
 * <p>The default configuration ({@link #JacksonCodec()}):
 * <ul>
 *   <li>no default typing, so no class name is ever read from a payload: a {@code "@class"} property is an
 *       ordinary property, and decoding to {@code Object} gives maps, lists, strings, numbers and booleans;
 *       no JDK serialization is involved anywhere;
 *   <li>{@code java.time} values ({@code Instant}, {@code LocalDate}, ...) are ISO-8601 strings
 *       ({@code "2024-01-01T00:00:00Z"}), never numeric timestamps;
 *   <li>unknown properties are ignored ({@code FAIL_ON_UNKNOWN_PROPERTIES} off), so an entry written by an older
 *       or newer version of a class still reads; a property the class needs and the payload lacks reads as its
 *       default ({@code null}, {@code 0}, {@code false});
 *   <li>a payload is exactly one JSON document: trailing content makes it malformed;
 *   <li>strings are stored as JSON strings ({@code "abc"} with its quotes), so a string never turns into a
 *       number or a boolean on the way back. Plain strings written by the TypeScript library without quotes
 *       therefore read as malformed, which a cache treats as a miss.
 * </ul>
 *
 * <p>A supplied {@code ObjectMapper} is copied, so the caller's mapper is never changed. On the copy RedWeave
 * deactivates default typing and registers the Java time module when it is missing; every other setting is the
 * caller's. Annotations on the caller's own classes (such as {@code @JsonTypeInfo} with named subtypes) keep
 * working, because they restrict the payload to subtypes the class declares.
 *
 * <p>Implementation note: an {@code ObjectReader} per declared type is built once and cached, so decoding a
 * value of a type seen before does no type resolution; the cache holds one entry per distinct declared type.
 */
public final class JacksonCodec implements Codec {

    private static final int MAX_REASON_LENGTH = 300;

    private final ObjectMapper mapper;
    private final ConcurrentMap<Type, ObjectReader> readers = new ConcurrentHashMap<>();

    /** Creates the default JSON codec. */
    public JacksonCodec() {
        this(defaultMapper(), false);
    }

    /**
     * Creates a codec over a copy of {@code mapper}: the copy has default typing deactivated and the Java time
     * module registered; the caller's mapper is left as it was.
     */
    public JacksonCodec(ObjectMapper mapper) {
        this(Objects.requireNonNull(mapper, "mapper").copy(), true);
    }

    private JacksonCodec(ObjectMapper mapper, boolean supplied) {
        mapper.deactivateDefaultTyping();
        if (supplied && !mapper.getRegisteredModuleIds().contains(new JavaTimeModule().getTypeId())) {
            mapper.registerModule(new JavaTimeModule());
        }
        this.mapper = mapper;
    }

    private static ObjectMapper defaultMapper() {
        ObjectMapper mapper = new ObjectMapper();
        mapper.registerModule(new JavaTimeModule());
        mapper.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        mapper.disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS);
        mapper.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
        return mapper;
    }

    @Override
    public byte[] encode(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new RedWeaveException("Could not encode a value of " + value.getClass().getName()
                    + " as JSON: " + e.getOriginalMessage()
                    + "; give the type readable properties (a record or getters), or pass a configured ObjectMapper",
                    e);
        }
    }

    @Override
    public <T> Decoded<T> decode(byte[] payload, Class<T> type) {
        return read(payload, type);
    }

    @Override
    public <T> Decoded<T> decode(byte[] payload, TypeRef<T> type) {
        return read(payload, type.type());
    }

    @Override
    public <T> Decoded<T> decode(byte[] payload, Type type) {
        return read(payload, Objects.requireNonNull(type, "type"));
    }

    private <T> Decoded<T> read(byte[] payload, Type type) {
        Objects.requireNonNull(payload, "payload: a missing value has no payload; check for it before decoding");
        ObjectReader reader = readers.get(type);
        if (reader == null) {
            reader = readers.computeIfAbsent(type, this::newReader);
        }
        try {
            return Decoded.value(reader.readValue(payload));
        } catch (IOException | RuntimeException e) {
            return Decoded.malformed(reason(payload, type, e));
        }
    }

    private ObjectReader newReader(Type type) {
        return mapper.readerFor(mapper.constructType(type)).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    private static String reason(byte[] payload, Type type, Exception e) {
        StringBuilder text = new StringBuilder("payload of ").append(payload.length).append(" bytes is not a ")
                .append(type.getTypeName()).append(": ");
        if (e instanceof JsonProcessingException) {
            JsonProcessingException json = (JsonProcessingException) e;
            text.append(json.getOriginalMessage());
            JsonLocation location = json.getLocation();
            if (location != null && location.getLineNr() > 0) {
                text.append(" (line ").append(location.getLineNr())
                        .append(", column ").append(location.getColumnNr()).append(')');
            }
        } else {
            text.append(e);
        }
        if (text.length() > MAX_REASON_LENGTH) {
            text.setLength(MAX_REASON_LENGTH - 3);
            text.append("...");
        }
        return text.toString();
    }
}
